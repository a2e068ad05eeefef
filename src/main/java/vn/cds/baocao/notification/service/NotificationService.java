package vn.cds.baocao.notification.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.base.domain.Paging;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.notification.domain.Notification;
import vn.cds.baocao.notification.domain.NotificationRepository;
import vn.cds.baocao.security.service.CurrentUser;

/** The signed-in user's own notifications: the bell's count, the list, marking them read. Nobody sees another's. */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    /** The most {@link #latest} returns at once. */
    public static final int MAX_LIST = 500;
    public static final String SORT_TIME = "time";

    private static final Map<String, List<String>> SORTABLE = Map.of(SORT_TIME, List.of("createdAt"));
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    public NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(me());
    }

    /** The newest notifications first, at most {@code limit} (1 to {@link #MAX_LIST}). */
    @PreAuthorize("isAuthenticated()")
    public List<NotificationItem> latest(int limit) {
        int bounded = Math.clamp(limit, 1, MAX_LIST);
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(me(), Limit.of(bounded)).stream()
                .map(NotificationItem::of).toList();
    }

    /** One page of the signed-in user's notifications, newest first (or by time the other way: {@link #SORT_TIME}). */
    @PreAuthorize("isAuthenticated()")
    public List<NotificationItem> page(Pageable page) {
        return notifications.findByRecipientId(me(), Paging.whitelisted(page, SORTABLE, NEWEST_FIRST)).stream()
                .map(NotificationItem::of).toList();
    }

    /** How many notifications the signed-in user has. */
    @PreAuthorize("isAuthenticated()")
    public long count() {
        return notifications.countByRecipientId(me());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long id) {
        own(id).markRead(now());
    }

    /** Marks the notification read and returns the route it leads to, if any. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<String> open(long id) {
        Notification notification = own(id);
        notification.markRead(now());
        return Optional.ofNullable(notification.getLink());
    }

    /** Returns how many were unread. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(me(), now());
    }

    private Notification own(long id) {
        return notifications.findByIdAndRecipientId(id, me())
                .orElseThrow(() -> new BusinessException("notification.notFound"));
    }

    private long me() {
        return currentUser.require().getId();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
