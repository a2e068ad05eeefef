package vn.cds.baocao.report.service;

import java.time.LocalDate;
import java.util.List;
import vn.cds.baocao.report.service.UnitReportOverview.PeriodRow;

/**
 * What a reporter sees first: their unit's current periods (deadline, days left, status) and the reports the
 * reviewers sent back, with the reason.
 *
 * @param unitName null when the account has no unit (then nothing else is filled)
 * @param endedOn  the unit's last day when it has ended (merged away or dissolved), else null: no period after it
 *                 asks the unit any more
 */
public record ReporterHome(String unitName, LocalDate endedOn, List<PeriodRow> current, List<Returned> returned) {

    /** A report back with the unit, with the reviewer's reason (null when none was recorded). */
    public record Returned(PeriodRow row, String reason) {
    }
}
