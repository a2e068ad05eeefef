package vn.cds.baocao.report.domain;

import java.time.LocalDateTime;

/** Where one report stands, without its values: for boards, reminders and the API's statuses. */
public record ReportState(long reportId, long unitId, long periodId, ReportStatus status, long version,
                          LocalDateTime firstSubmittedAt, LocalDateTime reviewedAt) {
}
