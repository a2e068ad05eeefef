package vn.cds.baocao.notification.service;

import java.util.Locale;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.notification.domain.Notification;
import vn.cds.baocao.notification.domain.NotificationContent;

/**
 * The e-mail copy of a notification: plain text, in Vietnamese (the application does not store a language per
 * user, so there is no English line). The same sentence as in the application, a link, and who sent it.
 */
record NotificationMail(String subject, String body) {

    private static final Locale LANGUAGE = Messages.VIETNAMESE;

    static NotificationMail of(Notification notification, String recipientName, String baseUrl) {
        NotificationContent content = notification.content();
        String title = NotificationText.title(notification.getType(), LANGUAGE);
        String subject = Messages.get(LANGUAGE, "notification.mail.subject", title,
                orEmpty(content.unitName()), orEmpty(content.periodLabel()));
        StringBuilder body = new StringBuilder()
                .append(Messages.get(LANGUAGE, "notification.mail.greeting", recipientName)).append("\n\n")
                .append(NotificationText.text(notification.getType(), content, LANGUAGE)).append("\n\n");
        if (content.link() != null && baseUrl != null && !baseUrl.isBlank()) {
            body.append(Messages.get(LANGUAGE, "notification.mail.link", absolute(baseUrl, content.link())))
                    .append("\n\n");
        }
        body.append(Messages.get(LANGUAGE, "notification.mail.footer")).append('\n');
        return new NotificationMail(subject, body.toString());
    }

    private static String absolute(String baseUrl, String link) {
        String base = baseUrl.strip();
        return (base.endsWith("/") ? base : base + "/") + link;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
