package vn.cds.baocao.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.cds.baocao.base.domain.AbstractEntity;

/** Remembers that a unit was told about a period's deadline (soon / overdue), so it is told only once. */
@Entity
@Table(name = "deadline_notice")
public class DeadlineNotice extends AbstractEntity {

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "period_id", nullable = false)
    private long periodId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeadlineNoticeKind kind;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected DeadlineNotice() {
    }

    public DeadlineNotice(long unitId, long periodId, DeadlineNoticeKind kind, LocalDate deadline,
                          LocalDateTime createdAt) {
        this.unitId = unitId;
        this.periodId = periodId;
        this.kind = kind;
        this.deadline = deadline;
        this.createdAt = createdAt;
    }

    public long getUnitId() {
        return unitId;
    }

    public long getPeriodId() {
        return periodId;
    }

    public DeadlineNoticeKind getKind() {
        return kind;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
