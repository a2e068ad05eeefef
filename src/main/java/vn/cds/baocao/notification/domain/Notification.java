package vn.cds.baocao.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.cds.baocao.base.domain.AbstractEntity;

/**
 * One in-app notification for one user. Only the type and its parameters are stored; the sentence is built from
 * the message files when shown, so it follows the reader's language. The e-mail copy's outcome is kept here too.
 */
@Entity
@Table(name = "notification")
public class Notification extends AbstractEntity {

    /** Longest failure text kept (the column's size). */
    public static final int MAX_ERROR_LENGTH = 500;
    /** Longest reviewer's reason or reminder words kept (the column's size). */
    public static final int MAX_DETAIL_LENGTH = 4000;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private NotificationType type;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "period_id")
    private Long periodId;

    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "unit_name")
    private String unitName;

    @Column(name = "period_label", length = 64)
    private String periodLabel;

    @Column(name = "actor_name")
    private String actorName;

    @Column(length = MAX_DETAIL_LENGTH)
    private String detail;

    private LocalDate deadline;

    @Column(length = 255)
    private String link;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_status", nullable = false, length = 16)
    private EmailStatus emailStatus = EmailStatus.NOT_SENT;

    @Column(name = "email_address")
    private String emailAddress;

    @Column(name = "email_attempts", nullable = false)
    private int emailAttempts;

    @Column(name = "email_attempted_at")
    private LocalDateTime emailAttemptedAt;

    @Column(name = "email_sent_at")
    private LocalDateTime emailSentAt;

    @Column(name = "email_error", length = MAX_ERROR_LENGTH)
    private String emailError;

    protected Notification() {
    }

    public Notification(long recipientId, NotificationType type, NotificationContent content, LocalDateTime createdAt) {
        this.recipientId = recipientId;
        this.type = type;
        this.unitId = content.unitId();
        this.periodId = content.periodId();
        this.reportId = content.reportId();
        this.unitName = content.unitName();
        this.periodLabel = content.periodLabel();
        this.actorName = content.actorName();
        this.detail = content.detail() == null || content.detail().length() <= MAX_DETAIL_LENGTH
                ? content.detail() : content.detail().substring(0, MAX_DETAIL_LENGTH);
        this.deadline = content.deadline();
        this.link = content.link();
        this.createdAt = createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public void markRead(LocalDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    /** The e-mail copy is to be sent to this address once the creating transaction has committed. */
    public void queueEmail(String address) {
        this.emailAddress = address;
        this.emailStatus = EmailStatus.PENDING;
    }

    public NotificationContent content() {
        return new NotificationContent(unitId, periodId, reportId, unitName, periodLabel, actorName, detail, deadline,
                link);
    }

    public long getRecipientId() {
        return recipientId;
    }

    public NotificationType getType() {
        return type;
    }

    public String getLink() {
        return link;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }

    public EmailStatus getEmailStatus() {
        return emailStatus;
    }

    public String getEmailAddress() {
        return emailAddress;
    }

    public int getEmailAttempts() {
        return emailAttempts;
    }

    public LocalDateTime getEmailAttemptedAt() {
        return emailAttemptedAt;
    }

    public LocalDateTime getEmailSentAt() {
        return emailSentAt;
    }

    public String getEmailError() {
        return emailError;
    }
}
