package vn.cds.baocao.notification.service;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.cds.baocao.notification.domain.Notification;
import vn.cds.baocao.notification.domain.NotificationContent;
import vn.cds.baocao.notification.domain.NotificationType;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.service.UnitDirectory;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.DeadlineService;
import vn.cds.baocao.period.service.PeriodDirectory;
import vn.cds.baocao.report.domain.event.ReportTransitioned;
import vn.cds.baocao.report.domain.event.UnitReminderRequested;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.AccountDirectory;
import vn.cds.baocao.security.service.AccountDirectory.Recipient;

/**
 * Turns workflow events into notifications: a submitted report → every reviewer; returned, approved, reopened →
 * the unit's reporters (with the reviewer's reason); a reminder from the completeness board → the unit's reporters.
 * Runs after the workflow's transaction committed; a failure here is logged and never undoes the user's action.
 * Not a user-facing service: Spring calls it, so it carries no permission check.
 */
@Component
public class WorkflowNotifications {

    private static final Logger log = LoggerFactory.getLogger(WorkflowNotifications.class);

    private final NotificationDelivery delivery;
    private final AccountDirectory recipients;
    private final UnitDirectory units;
    private final PeriodDirectory periods;
    private final DeadlineService deadlines;

    public WorkflowNotifications(NotificationDelivery delivery, AccountDirectory recipients, UnitDirectory units,
                                 PeriodDirectory periods, DeadlineService deadlines) {
        this.delivery = delivery;
        this.recipients = recipients;
        this.units = units;
        this.periods = periods;
        this.deadlines = deadlines;
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void onReportTransitioned(ReportTransitioned event) {
        NotificationType type = switch (event.action()) {
            case SUBMIT -> NotificationType.REPORT_SUBMITTED;
            case RETURN -> NotificationType.REPORT_RETURNED;
            case APPROVE -> NotificationType.REPORT_APPROVED;
            case REOPEN -> NotificationType.REPORT_REOPENED;
            default -> null;
        };
        if (type == null) {
            return;
        }
        boolean toReviewers = type == NotificationType.REPORT_SUBMITTED;
        announce(type, event.unitId(), event.periodId(), event.reportId(), event.actor(), event.reason(),
                toReviewers ? NotificationLinks.review(event.reportId()) : NotificationLinks.reportForm(event.periodId()),
                toReviewers);
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void onUnitReminderRequested(UnitReminderRequested event) {
        announce(NotificationType.UNIT_REMINDER, event.unitId(), event.periodId(), null, event.actor(),
                event.message(), NotificationLinks.reportForm(event.periodId()), false);
    }

    private void announce(NotificationType type, long unitId, long periodId, Long reportId, String actor,
                          String detail, String link, boolean toReviewers) {
        try {
            List<Notification> stored = delivery.deliver(() -> {
                Unit unit = units.find(unitId).orElseThrow();
                ReportingPeriod period = periods.find(periodId).orElseThrow();
                String actorName = actor == null ? null
                        : recipients.fullNameOf(actor).orElse(actor);
                List<Recipient> to = (toReviewers ? recipients.enabledWithRole(Role.REVIEWER)
                        : recipients.enabledWithRoleInUnit(Role.REPORTER, unitId)).stream()
                        .filter(user -> !user.username().equals(actor)).toList();
                NotificationContent content = new NotificationContent(unitId, periodId, reportId, unit.getFullName(),
                        period.getLabel(), actorName, detail, deadlines.deadlineFor(unit, period), link);
                return delivery.forRecipients(to, type, content);
            });
            log.info("{} for unit {} period {}: {} notification(s)", type, unitId, periodId, stored.size());
        } catch (RuntimeException e) {
            log.error("Could not store the {} notifications for unit {} period {}: {}", type, unitId, periodId,
                    NotificationMailer.oneLine(e), e);
        }
    }
}
