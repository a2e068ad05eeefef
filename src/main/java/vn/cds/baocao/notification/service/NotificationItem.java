package vn.cds.baocao.notification.service;

import java.time.LocalDateTime;
import java.util.Locale;
import vn.cds.baocao.notification.domain.EmailStatus;
import vn.cds.baocao.notification.domain.Notification;
import vn.cds.baocao.notification.domain.NotificationContent;
import vn.cds.baocao.notification.domain.NotificationType;

/** A notification as the signed-in user sees it. */
public record NotificationItem(long id, NotificationType type, NotificationContent content, LocalDateTime createdAt,
                               boolean read, EmailStatus emailStatus) {

    static NotificationItem of(Notification notification) {
        return new NotificationItem(notification.getId(), notification.getType(), notification.content(),
                notification.getCreatedAt(), notification.isRead(), notification.getEmailStatus());
    }

    public String title(Locale locale) {
        return NotificationText.title(type, locale);
    }

    public String text(Locale locale) {
        return NotificationText.text(type, content, locale);
    }

    public boolean hasLink() {
        return content.link() != null;
    }
}
