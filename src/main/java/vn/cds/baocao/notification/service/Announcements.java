package vn.cds.baocao.notification.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.cds.baocao.notification.domain.Notification;
import vn.cds.baocao.notification.domain.NotificationContent;
import vn.cds.baocao.notification.domain.NotificationType;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.AccountDirectory;
import vn.cds.baocao.security.service.AccountDirectory.Recipient;

/**
 * Notifications of the features above this one (the bulletin): one notification, and its e-mail copy, for every
 * enabled account of the given roles except whoever acted. Called after the action committed (from an
 * after-commit event listener); a failure is logged and never undoes the action. No permission check: callers are
 * event listeners of services that checked theirs.
 */
@Component
public class Announcements {

    private static final Logger log = LoggerFactory.getLogger(Announcements.class);

    private final NotificationDelivery delivery;
    private final AccountDirectory accounts;

    public Announcements(NotificationDelivery delivery, AccountDirectory accounts) {
        this.delivery = delivery;
        this.accounts = accounts;
    }

    /** Returns how many notifications were stored (0 when storing failed). */
    public int toRoles(List<Role> roles, NotificationType type, NotificationContent content, String actor) {
        try {
            List<Notification> stored = delivery.deliver(() -> {
                List<Recipient> to = roles.stream().flatMap(role -> accounts.enabledWithRole(role).stream())
                        .filter(user -> !user.username().equals(actor))
                        .collect(Collectors.toMap(Recipient::id, user -> user, (a, b) -> a,
                                LinkedHashMap::new)).values().stream().toList();
                return delivery.forRecipients(to, type, content);
            });
            log.info("{} for period {}: {} notification(s)", type, content.periodId(), stored.size());
            return stored.size();
        } catch (RuntimeException e) {
            log.error("Could not store the {} notifications for period {}: {}", type, content.periodId(),
                    NotificationMailer.oneLine(e), e);
            return 0;
        }
    }
}
