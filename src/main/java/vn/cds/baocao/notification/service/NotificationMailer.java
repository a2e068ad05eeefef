package vn.cds.baocao.notification.service;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;
import vn.cds.baocao.notification.domain.EmailStatus;
import vn.cds.baocao.notification.domain.Notification;
import vn.cds.baocao.notification.domain.NotificationRepository;
import vn.cds.baocao.security.service.AccountDirectory;
import vn.cds.baocao.security.service.AccountDirectory.Recipient;

/**
 * Sends the e-mail copy of one notification over SMTP and records the outcome on the notification. The row is
 * claimed first, so two senders (threads or servers) never send the same e-mail. Failures are logged in one line
 * and kept on the row; nothing is thrown to the caller.
 */
@Component
public class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    private static final List<EmailStatus> CLAIMABLE = List.of(EmailStatus.PENDING, EmailStatus.FAILED);

    private final NotificationRepository notifications;
    private final AccountDirectory recipients;
    private final MailServerSettings mailServer;
    private final NotificationProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private volatile CachedSender cached;

    public NotificationMailer(NotificationRepository notifications, AccountDirectory recipients,
                              MailServerSettings mailServer, NotificationProperties properties,
                              PlatformTransactionManager transactionManager, Clock clock) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.mailServer = mailServer;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Sends the notification's e-mail if it is pending or failed; returns the outcome, empty if not claimed. */
    public Optional<EmailStatus> send(long notificationId) {
        Boolean claimed = transaction.execute(status ->
                notifications.claimEmail(notificationId, now(), EmailStatus.SENDING, CLAIMABLE) == 1);
        if (!Boolean.TRUE.equals(claimed)) {
            return Optional.empty();
        }
        String address = null;
        try {
            Letter letter = transaction.execute(status -> letter(notificationId));
            Optional<MailServer> server = mailServer.current();
            if (letter == null || server.isEmpty()) {
                return Optional.of(record(notificationId, EmailStatus.NOT_SENT, null, null,
                        letter == null ? "no address" : "mail server not configured"));
            }
            address = letter.address();
            sender(server.get()).send(mime -> compose(mime, letter));
            log.info("E-mail of notification {} sent to {}", notificationId, address);
            return Optional.of(record(notificationId, EmailStatus.SENT, address, now(), null));
        } catch (RuntimeException e) {
            String reason = oneLine(e);
            log.warn("E-mail of notification {} to {} not sent: {}", notificationId, address, reason);
            return Optional.of(record(notificationId, EmailStatus.FAILED, address, null, reason));
        }
    }

    private Letter letter(long notificationId) {
        Notification notification = notifications.findById(notificationId).orElse(null);
        if (notification == null) {
            return null;
        }
        Recipient user = recipients.find(notification.getRecipientId()).orElse(null);
        if (user == null || !user.enabled() || !StringUtils.hasText(user.email())) {
            return null;
        }
        return new Letter(user.email().strip(),
                NotificationMail.of(notification, user.fullName(), properties.baseUrl()));
    }

    private void compose(MimeMessage mime, Letter letter) throws Exception {
        MimeMessageHelper message = new MimeMessageHelper(mime, false, "UTF-8");
        message.setFrom(properties.mail().from(), properties.mail().fromName());
        message.setTo(letter.address());
        message.setSubject(letter.mail().subject());
        message.setText(letter.mail().body(), false);
        message.setSentDate(Date.from(clock.instant()));
    }

    private EmailStatus record(long id, EmailStatus status, String address, LocalDateTime sentAt, String error) {
        transaction.executeWithoutResult(s -> notifications.recordEmailOutcome(id, status, address, sentAt,
                error == null ? null : truncate(error)));
        return status;
    }

    private JavaMailSenderImpl sender(MailServer server) {
        CachedSender current = cached;
        if (current != null && current.server().equals(server)) {
            return current.sender();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(server.host());
        if (server.port() != null) {
            sender.setPort(server.port());
        }
        sender.setUsername(server.username());
        sender.setPassword(server.password());
        if (server.protocol() != null) {
            sender.setProtocol(server.protocol());
        }
        sender.setDefaultEncoding("UTF-8");
        Properties javaMail = new Properties();
        String timeout = String.valueOf(properties.mail().timeout().toMillis());
        javaMail.setProperty("mail.smtp.connectiontimeout", timeout);
        javaMail.setProperty("mail.smtp.timeout", timeout);
        javaMail.setProperty("mail.smtp.writetimeout", timeout);
        javaMail.putAll(server.properties());
        sender.setJavaMailProperties(javaMail);
        cached = new CachedSender(server, sender);
        return sender;
    }

    /** The innermost cause in one line, e.g. "ConnectException: Connection refused". */
    static String oneLine(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return (root.getClass().getSimpleName() + message).replaceAll("\\s+", " ").strip();
    }

    private static String truncate(String text) {
        return text.length() <= Notification.MAX_ERROR_LENGTH ? text : text.substring(0, Notification.MAX_ERROR_LENGTH);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private record Letter(String address, NotificationMail mail) {
    }

    private record CachedSender(MailServer server, JavaMailSenderImpl sender) {
    }
}
