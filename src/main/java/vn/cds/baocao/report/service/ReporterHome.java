package vn.cds.baocao.report.service;

import java.util.List;
import vn.cds.baocao.report.service.UnitReportOverview.PeriodRow;

/**
 * What a reporter sees first: their unit's current periods (deadline, days left, status) and the reports the
 * reviewers sent back, with the reason.
 *
 * @param unitName null when the account has no unit (then nothing else is filled)
 */
public record ReporterHome(String unitName, List<PeriodRow> current, List<Returned> returned) {

    /** A report back with the unit, with the reviewer's reason (null when none was recorded). */
    public record Returned(PeriodRow row, String reason) {
    }
}
