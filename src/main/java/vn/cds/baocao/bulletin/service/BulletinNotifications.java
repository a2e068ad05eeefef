package vn.cds.baocao.bulletin.service;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.cds.baocao.bulletin.domain.event.BulletinMoved;
import vn.cds.baocao.notification.domain.NotificationContent;
import vn.cds.baocao.notification.domain.NotificationType;
import vn.cds.baocao.notification.service.Announcements;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.AccountDirectory;

/**
 * Who hears of a bulletin's move: submitted → the heads of the standing agency (PUBLISHER); returned → the
 * composers (REVIEWER); published → the leaders and the composers, in the app and by e-mail. After commit only.
 */
@Component
class BulletinNotifications {

    private final Announcements announcements;
    private final AccountDirectory accounts;

    BulletinNotifications(Announcements announcements, AccountDirectory accounts) {
        this.announcements = announcements;
        this.accounts = accounts;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onMoved(BulletinMoved moved) {
        NotificationType type;
        List<Role> to;
        String link;
        switch (moved.action()) {
            case SUBMIT -> {
                type = NotificationType.BULLETIN_SUBMITTED;
                to = List.of(Role.PUBLISHER);
                link = BulletinRoutes.editor(moved.bulletinId());
            }
            case RETURN -> {
                type = NotificationType.BULLETIN_RETURNED;
                to = List.of(Role.REVIEWER);
                link = BulletinRoutes.editor(moved.bulletinId());
            }
            case PUBLISH -> {
                type = NotificationType.BULLETIN_PUBLISHED;
                to = List.of(Role.LEADER, Role.REVIEWER);
                link = BulletinRoutes.reader(moved.bulletinId());
            }
            default -> {
                return;
            }
        }
        String actorName = accounts.fullNameOf(moved.actor()).orElse(moved.actor());
        announcements.toRoles(to, type, new NotificationContent(null, moved.periodId(), null, moved.numberLine(),
                moved.periodLabel(), actorName, moved.reason(), null, link), moved.actor());
    }
}
