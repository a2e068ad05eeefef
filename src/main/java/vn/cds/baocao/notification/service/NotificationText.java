package vn.cds.baocao.notification.service;

import java.util.Locale;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.notification.domain.NotificationContent;
import vn.cds.baocao.notification.domain.NotificationType;

/**
 * The sentences of a notification, built from the message files in the reader's language. Message parameters:
 * {0} unit, {1} period, {2} who acted, {3} deadline (dd/MM/yyyy); the reviewer's words follow as a second sentence.
 */
public final class NotificationText {

    private NotificationText() {
    }

    public static String title(NotificationType type, Locale locale) {
        return Messages.get(locale, "notification.title." + type.name());
    }

    public static String text(NotificationType type, NotificationContent content, Locale locale) {
        String text = Messages.get(locale, "notification.text." + type.name(), orEmpty(content.unitName()),
                orEmpty(content.periodLabel()), orEmpty(content.actorName()),
                content.deadline() == null ? "" : VnFormat.date(content.deadline()));
        String detailKey = "notification.detail." + type.name();
        if (content.detail() != null && !content.detail().isBlank() && Messages.has(detailKey)) {
            text += " " + Messages.get(locale, detailKey, content.detail().strip());
        }
        return text;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
