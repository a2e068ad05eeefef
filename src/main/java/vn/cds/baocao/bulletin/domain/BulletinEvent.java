package vn.cds.baocao.bulletin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import vn.cds.baocao.base.domain.AbstractEntity;

/** One line of a bulletin's history: who did what, when, from which status to which, and why. */
@Entity
@Table(name = "bulletin_event")
public class BulletinEvent extends AbstractEntity {

    @Column(name = "bulletin_id", nullable = false)
    private long bulletinId;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private BulletinAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    private BulletinStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 16)
    private BulletinStatus toStatus;

    @Column(columnDefinition = "TEXT")
    private String reason;

    protected BulletinEvent() {
    }

    public BulletinEvent(long bulletinId, LocalDateTime occurredAt, String actor, BulletinAction action,
                         BulletinStatus fromStatus, BulletinStatus toStatus, String reason) {
        this.bulletinId = bulletinId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
    }

    public long getBulletinId() {
        return bulletinId;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public BulletinAction getAction() {
        return action;
    }

    public BulletinStatus getFromStatus() {
        return fromStatus;
    }

    public BulletinStatus getToStatus() {
        return toStatus;
    }

    public String getReason() {
        return reason;
    }
}
