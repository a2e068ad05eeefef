package vn.cds.baocao.report.domain.event;

import java.time.LocalDateTime;
import vn.cds.baocao.report.domain.ReportAction;
import vn.cds.baocao.report.domain.ReportStatus;

/**
 * Published (as a Spring application event) whenever a report changes status: submit, withdraw, approve, return,
 * reopen. Notifications listen to it. The workflow publishes it once its transaction has committed and returned
 * its connection, so it normally arrives outside any transaction: listen with {@code @EventListener}, or with
 * {@code @TransactionalEventListener(fallbackExecution = true)} (which also waits for the commit of a caller's
 * transaction, when the workflow ran inside one).
 *
 * @param reason the reviewer's reason for RETURN and REOPEN, otherwise null
 */
public record ReportTransitioned(long reportId, long unitId, long periodId, ReportAction action,
                                 ReportStatus from, ReportStatus to, String actor, String reason,
                                 LocalDateTime at) {
}
