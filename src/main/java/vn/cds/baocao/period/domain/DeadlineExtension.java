package vn.cds.baocao.period.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.cds.baocao.base.domain.VersionedEntity;
import vn.cds.baocao.organization.domain.Unit;

/** A later deadline granted to one unit in one period, with the reason and who granted it. */
@Entity
@Table(name = "deadline_extension")
public class DeadlineExtension extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "granted_by", nullable = false, length = 64)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private LocalDateTime grantedAt;

    protected DeadlineExtension() {
    }

    public DeadlineExtension(ReportingPeriod period, Unit unit, LocalDate deadline, String reason, String grantedBy,
                             LocalDateTime grantedAt) {
        this.period = period;
        this.unit = unit;
        grant(deadline, reason, grantedBy, grantedAt);
    }

    /** Sets a (new) extended deadline. */
    public final void grant(LocalDate deadline, String reason, String grantedBy, LocalDateTime grantedAt) {
        this.deadline = deadline;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public Unit getUnit() {
        return unit;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getReason() {
        return reason;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public LocalDateTime getGrantedAt() {
        return grantedAt;
    }
}
