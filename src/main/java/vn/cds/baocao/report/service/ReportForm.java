package vn.cds.baocao.report.service;

import java.time.LocalDate;
import java.util.List;
import vn.cds.baocao.indicator.domain.IndicatorSection;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.ReportStatus;

/**
 * A unit's report for a period as the entry form shows it.
 *
 * @param reportId     null until the first save
 * @param version      optimistic-lock version to send back with the next action (−1 before the first save)
 * @param status       null until the first save ("chưa lập")
 * @param reviewReason the reviewer's reason when the report was returned or reopened
 */
public record ReportForm(Unit unit, ReportingPeriod period, LocalDate deadline, Long reportId, long version,
                         ReportStatus status, boolean editable, boolean canWithdraw, String reviewReason,
                         List<Section> sections, ValidationResult submissionCheck) {

    public record Section(IndicatorSection section, List<FormLine> lines) {
    }

    public boolean canSubmit() {
        return editable;
    }

    public List<FormLine> lines() {
        return sections.stream().flatMap(s -> s.lines().stream()).toList();
    }
}
