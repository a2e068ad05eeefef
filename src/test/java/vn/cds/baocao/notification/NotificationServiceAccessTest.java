package vn.cds.baocao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.notification.domain.Notification;
import vn.cds.baocao.notification.domain.NotificationContent;
import vn.cds.baocao.notification.domain.NotificationRepository;
import vn.cds.baocao.notification.domain.NotificationType;
import vn.cds.baocao.notification.service.NotificationItem;
import vn.cds.baocao.notification.service.NotificationService;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.TestClock;

/** Each user reaches only their own notifications, and nobody reaches any without signing in. */
@CdsSpringTest
class NotificationServiceAccessTest {

    @Autowired
    NotificationService service;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    AppUserRepository users;

    private final List<Notification> created = new ArrayList<>();

    @Test
    void withoutSigningInEverythingIsRefusedAtTheService() {
        assertThatThrownBy(() -> service.unreadCount()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> service.latest(10)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> service.markAllRead()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> service.open(1)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails("dv.so_tnmt")
    void anotherUsersNotificationCanBeNeitherListedNorMarkedNorOpened() {
        Notification reviewers = save(notification("reviewer"));
        Notification mine = save(notification("dv.so_tnmt"));

        assertThat(service.latest(NotificationService.MAX_LIST)).extracting(NotificationItem::id)
                .contains(mine.getId()).doesNotContain(reviewers.getId());
        assertThatThrownBy(() -> service.markRead(reviewers.getId())).isInstanceOf(BusinessException.class)
                .hasMessage("notification.notFound")
                .extracting(Throwable::getLocalizedMessage).asString().startsWith("Không tìm thấy thông báo này");
        assertThatThrownBy(() -> service.open(reviewers.getId())).isInstanceOf(BusinessException.class)
                .hasMessage("notification.notFound");
        assertThatThrownBy(() -> service.markRead(-5)).isInstanceOf(BusinessException.class)
                .hasMessage("notification.notFound");
        assertThat(notifications.findById(reviewers.getId()).orElseThrow().isRead()).isFalse();

        service.markAllRead();
        assertThat(notifications.findById(reviewers.getId()).orElseThrow().isRead())
                .as("mark all read is mine only").isFalse();
        assertThat(notifications.findById(mine.getId()).orElseThrow().isRead()).isTrue();
        assertThat(service.open(mine.getId())).contains("bao-cao-don-vi");
    }

    @Test
    @WithUserDetails("dv.so_tnmt")
    void aListAskedForTooManyOrTooFewIsBounded() {
        List<Notification> many = new ArrayList<>();
        for (int i = 0; i <= NotificationService.MAX_LIST; i++) {
            many.add(notification("dv.so_tnmt"));
        }
        created.addAll(notifications.saveAll(many));
        assertThat(service.latest(0)).hasSize(1);
        assertThat(service.latest(-3)).hasSize(1);
        assertThat(service.latest(Integer.MAX_VALUE)).as("%d of the %d", NotificationService.MAX_LIST, many.size())
                .hasSize(NotificationService.MAX_LIST);
    }

    @AfterEach
    void removeTheNotificationsMadeHere() {
        notifications.deleteAll(created);
        created.clear();
    }

    private Notification save(Notification notification) {
        Notification saved = notifications.save(notification);
        created.add(saved);
        return saved;
    }

    private Notification notification(String username) {
        long id = users.findByUsername(username).orElseThrow().getId();
        return new Notification(id, NotificationType.REPORT_APPROVED, new NotificationContent(null, null, null,
                "Sở Tài nguyên và Môi trường", "Tháng 10/2026", "Trần Thị Thẩm Định", null,
                LocalDate.of(2026, 10, 19), "bao-cao-don-vi"), TestClock.DEFAULT_NOW);
    }
}
