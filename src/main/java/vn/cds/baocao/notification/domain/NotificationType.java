package vn.cds.baocao.notification.domain;

/**
 * What a notification announces. Each type has its texts in {@code translations-notification*.properties}:
 * {@code notification.title.<TYPE>}, {@code notification.text.<TYPE>} and, where the event carries words of
 * the reviewer, {@code notification.detail.<TYPE>}.
 */
public enum NotificationType {
    /** A unit submitted its report: to every reviewer. */
    REPORT_SUBMITTED,
    /** A reviewer returned the report with a reason: to the unit's reporters. */
    REPORT_RETURNED,
    /** A reviewer approved the report: to the unit's reporters. */
    REPORT_APPROVED,
    /** A reviewer reopened an approved report with a reason: to the unit's reporters. */
    REPORT_REOPENED,
    /** A reviewer asked the unit to report (completeness board): to the unit's reporters. */
    UNIT_REMINDER,
    /** The unit's deadline is a few days away and its report is not in: to the unit's reporters. */
    DEADLINE_SOON,
    /** The unit's deadline has passed and its report is not in: to the unit's reporters. */
    DEADLINE_OVERDUE,
    /** A bulletin was handed in for approval: to every head of the standing agency (PUBLISHER). */
    BULLETIN_SUBMITTED,
    /** The head of the standing agency returned a bulletin with a reason: to every reviewer. */
    BULLETIN_RETURNED,
    /** A bulletin was published: to every leader (and the reviewers who compose them). */
    BULLETIN_PUBLISHED
}
