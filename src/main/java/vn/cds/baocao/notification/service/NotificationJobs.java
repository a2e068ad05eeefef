package vn.cds.baocao.notification.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.notification.domain.EmailStatus;
import vn.cds.baocao.notification.domain.NotificationRepository;

/**
 * The scheduled jobs of the notifications. Each holds a ShedLock database lock while it runs, so with several
 * application servers on one database only one of them runs it; the others skip (and return empty). The locks
 * also apply when the methods are called directly.
 */
@Component
public class NotificationJobs {

    static final String DEADLINE_LOCK = "notification-deadline-check";
    static final String MAIL_RETRY_LOCK = "notification-mail-retry";

    private static final Logger log = LoggerFactory.getLogger(NotificationJobs.class);

    private final DeadlineNotices deadlineNotices;
    private final NotificationRepository notifications;
    private final NotificationMailer mailer;
    private final MailServerSettings mailServer;
    private final NotificationProperties.Mail mailSettings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public NotificationJobs(DeadlineNotices deadlineNotices, NotificationRepository notifications,
                            NotificationMailer mailer, MailServerSettings mailServer, NotificationProperties properties,
                            PlatformTransactionManager transactionManager, Clock clock) {
        this.deadlineNotices = deadlineNotices;
        this.notifications = notifications;
        this.mailer = mailer;
        this.mailServer = mailServer;
        this.mailSettings = properties.mail();
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Daily (cds.notifications.deadline.cron): deadline soon / overdue. Returns the notices sent. */
    @Scheduled(cron = "${cds.notifications.deadline.cron:0 0 7 * * *}", zone = "${cds.time-zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = DEADLINE_LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public Optional<Integer> checkDeadlines() {
        LocalDate today = LocalDate.now(clock);
        int sent = deadlineNotices.announce(today);
        log.info("Deadline check for {}: {} notice(s) sent", today, sent);
        return Optional.of(sent);
    }

    /**
     * Every few minutes (cds.notifications.mail.retry-cron): sends again the e-mails that failed (up to
     * max-attempts) or were never picked up (the application stopped before sending). Returns those tried.
     */
    @Scheduled(cron = "${cds.notifications.mail.retry-cron:0 */10 * * * *}", zone = "${cds.time-zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = MAIL_RETRY_LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public Optional<Integer> retryEmails() {
        if (!mailServer.isEnabled()) {
            return Optional.of(0);
        }
        LocalDateTime before = LocalDateTime.now(clock).minus(mailSettings.retryAfter());
        List<Long> due = transaction.execute(status -> {
            notifications.failStaleSends(EmailStatus.SENDING, EmailStatus.FAILED, "interrupted", before);
            return notifications.emailsToRetry(EmailStatus.FAILED, EmailStatus.PENDING, mailSettings.maxAttempts(),
                    before);
        });
        due.forEach(mailer::send);
        if (!due.isEmpty()) {
            log.info("E-mail retry: {} e-mail(s) tried", due.size());
        }
        return Optional.of(due.size());
    }
}
