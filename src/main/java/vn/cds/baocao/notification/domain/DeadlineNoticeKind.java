package vn.cds.baocao.notification.domain;

/** The two deadline announcements a unit can receive for a period, each at most once. */
public enum DeadlineNoticeKind {
    SOON(NotificationType.DEADLINE_SOON),
    OVERDUE(NotificationType.DEADLINE_OVERDUE);

    private final NotificationType notificationType;

    DeadlineNoticeKind(NotificationType notificationType) {
        this.notificationType = notificationType;
    }

    public NotificationType notificationType() {
        return notificationType;
    }
}
