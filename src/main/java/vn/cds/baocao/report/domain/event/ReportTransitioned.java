package vn.cds.baocao.report.domain.event;

import java.time.LocalDateTime;
import vn.cds.baocao.report.domain.ReportAction;
import vn.cds.baocao.report.domain.ReportStatus;

/**
 * Published (as a Spring application event, after the transaction commits) whenever a report changes status:
 * submit, withdraw, approve, return, reopen. Notifications listen to it.
 *
 * @param reason the reviewer's reason for RETURN and REOPEN, otherwise null
 */
public record ReportTransitioned(long reportId, long unitId, long periodId, ReportAction action,
                                 ReportStatus from, ReportStatus to, String actor, String reason,
                                 LocalDateTime at) {
}
