package vn.cds.baocao.notification.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;
import vn.cds.baocao.notification.domain.EmailStatus;
import vn.cds.baocao.notification.domain.Notification;
import vn.cds.baocao.notification.domain.NotificationContent;
import vn.cds.baocao.notification.domain.NotificationRepository;
import vn.cds.baocao.notification.domain.NotificationType;
import vn.cds.baocao.security.service.AccountDirectory.Recipient;

/**
 * Stores notifications in a transaction of their own and, once that has committed, hands their e-mail copies to
 * the {@link MailOutbox}. Callers run after the triggering action committed, so nothing here can undo the action,
 * and the user never waits for the mail server.
 */
@Component
public class NotificationDelivery {

    private final NotificationRepository notifications;
    private final MailServerSettings mailServer;
    private final MailOutbox outbox;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    public NotificationDelivery(NotificationRepository notifications, MailServerSettings mailServer, MailOutbox outbox,
                                PlatformTransactionManager transactionManager, Clock clock) {
        this.notifications = notifications;
        this.mailServer = mailServer;
        this.outbox = outbox;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Runs {@code work} (which may also write rows of its own, e.g. a deadline notice) and stores the notifications
     * it returns, all in one new transaction; then queues their e-mails.
     */
    public List<Notification> deliver(Supplier<List<Notification>> work) {
        List<Notification> stored = Objects.requireNonNull(
                newTransaction.execute(status -> notifications.saveAll(work.get())));
        outbox.enqueue(stored.stream().filter(n -> n.getEmailStatus() == EmailStatus.PENDING)
                .map(Notification::getId).toList());
        return stored;
    }

    /**
     * One notification per recipient. The e-mail copy is queued for recipients with an address while e-mail is
     * switched on; otherwise the notification stays in-app only.
     */
    public List<Notification> forRecipients(Collection<Recipient> recipients, NotificationType type,
                                            NotificationContent content) {
        LocalDateTime now = LocalDateTime.now(clock);
        boolean mailOn = mailServer.isEnabled();
        return recipients.stream().map(user -> {
            Notification notification = new Notification(user.id(), type, content, now);
            if (mailOn && StringUtils.hasText(user.email())) {
                notification.queueEmail(user.email().strip());
            }
            return notification;
        }).toList();
    }
}
