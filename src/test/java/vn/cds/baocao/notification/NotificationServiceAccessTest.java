package vn.cds.baocao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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
        Notification reviewers = notifications.save(notification("reviewer"));
        Notification mine = notifications.save(notification("dv.so_tnmt"));

        assertThat(service.latest(NotificationService.MAX_LIST)).extracting(NotificationItem::id)
                .contains(mine.getId()).doesNotContain(reviewers.getId());
        assertThatThrownBy(() -> service.markRead(reviewers.getId())).isInstanceOf(BusinessException.class)
                .hasMessage("notification.notFound")
                .extracting(Throwable::getLocalizedMessage).asString().startsWith("Không tìm thấy thông báo này");
        assertThatThrownBy(() -> service.open(reviewers.getId())).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> service.markRead(-5)).isInstanceOf(BusinessException.class);
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
        notifications.save(notification("dv.so_tnmt"));
        assertThat(service.latest(0)).hasSize(1);
        assertThat(service.latest(-3)).hasSize(1);
        assertThat(service.latest(Integer.MAX_VALUE).size()).isLessThanOrEqualTo(NotificationService.MAX_LIST);
    }

    private Notification notification(String username) {
        long id = users.findByUsername(username).orElseThrow().getId();
        return new Notification(id, NotificationType.REPORT_APPROVED, new NotificationContent(null, null, null,
                "Sở Tài nguyên và Môi trường", "Tháng 10/2026", "Trần Thị Thẩm Định", null,
                LocalDate.of(2026, 10, 19), "bao-cao-don-vi"), TestClock.DEFAULT_NOW);
    }
}
