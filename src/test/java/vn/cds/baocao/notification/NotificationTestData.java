package vn.cds.baocao.notification;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.notification.domain.Notification;
import vn.cds.baocao.notification.domain.NotificationRepository;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;

/**
 * What the notification tests share: publishing a workflow event the way the workflow does (inside a transaction
 * that commits), and reading the notifications made since a mark.
 */
final class NotificationTestData {

    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transaction;
    private final NotificationRepository notifications;
    private final AppUserRepository users;
    private final JdbcTemplate jdbc;

    NotificationTestData(ApplicationEventPublisher publisher, PlatformTransactionManager transactionManager,
                         NotificationRepository notifications, AppUserRepository users, JdbcTemplate jdbc) {
        this.publisher = publisher;
        this.transaction = new TransactionTemplate(transactionManager);
        this.notifications = notifications;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** Publishes the event inside a transaction that then commits, as the workflow services do. */
    void publishCommitted(Object event) {
        transaction.executeWithoutResult(status -> publisher.publishEvent(event));
    }

    /** Publishes the event inside a transaction that then rolls back. */
    void publishRolledBack(Object event) {
        transaction.executeWithoutResult(status -> {
            publisher.publishEvent(event);
            status.setRollbackOnly();
        });
    }

    long mark() {
        Long max = jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);
        return max == null ? 0 : max;
    }

    List<Notification> since(long mark) {
        return notifications.findAll().stream().filter(n -> n.getId() > mark).toList();
    }

    Set<String> recipients(List<Notification> made) {
        Set<Long> ids = made.stream().map(Notification::getRecipientId).collect(Collectors.toSet());
        return users.findAll().stream().filter(u -> ids.contains(u.getId())).map(AppUser::getUsername)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Enabled accounts with the role (and unit, when given), as they are in the database now. */
    Set<String> enabled(Role role, String unitCode) {
        return users.findAllWithUnit().stream()
                .filter(u -> u.isEnabled() && u.hasRole(role))
                .filter(u -> unitCode == null || u.getUnit() != null && unitCode.equals(u.getUnit().getCode()))
                .map(AppUser::getUsername).collect(Collectors.toCollection(TreeSet::new));
    }

    AppUser user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    static LocalDateTime now() {
        return LocalDateTime.of(2026, 11, 24, 9, 0);
    }
}
