package vn.cds.baocao.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import vn.cds.baocao.base.domain.AbstractEntity;

/** One line of the administration audit log: who did what to which object, when. Never changed afterwards. */
@Entity
@Table(name = "admin_audit")
public class AdminAuditEntry extends AbstractEntity {

    public static final int DETAILS_LENGTH = 4000;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 48)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "object_type", nullable = false, length = 24)
    private AuditObject objectType;

    @Column(name = "object_key", length = 128)
    private String objectKey;

    @Column(length = DETAILS_LENGTH)
    private String details;

    protected AdminAuditEntry() {
    }

    public AdminAuditEntry(LocalDateTime occurredAt, String actor, AuditAction action, String objectKey,
                           String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.objectType = action.object();
        this.objectKey = objectKey;
        this.details = details == null || details.length() <= DETAILS_LENGTH ? details
                : details.substring(0, DETAILS_LENGTH - 1) + "…";
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public AuditObject getObjectType() {
        return objectType;
    }

    public String getObjectKey() {
        return objectKey;
    }

    public String getDetails() {
        return details;
    }
}
