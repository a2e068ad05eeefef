package vn.cds.baocao.report.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cds.baocao.base.domain.VersionedEntity;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.period.domain.ReportingPeriod;

/** One unit's report for one period. */
@Entity
@Table(name = "report")
public class Report extends VersionedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportStatus status = ReportStatus.DRAFT;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    /** The first submission: whether the unit reported on time is judged on it. */
    @Column(name = "first_submitted_at")
    private LocalDateTime firstSubmittedAt;

    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    /** Which version the baseline values hold (RETURNED or APPROVED); null before the first review. */
    @Enumerated(EnumType.STRING)
    @Column(name = "baseline_status", length = 16)
    private ReportStatus baselineStatus;

    @Column(name = "baseline_at")
    private LocalDateTime baselineAt;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ReportValue> values = new ArrayList<>();

    protected Report() {
    }

    public Report(Unit unit, ReportingPeriod period, String createdBy, LocalDateTime createdAt) {
        this.unit = unit;
        this.period = period;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = createdBy;
        this.updatedAt = createdAt;
    }

    public Optional<ReportValue> valueOf(Indicator indicator) {
        return values.stream().filter(v -> v.getIndicator().getId().equals(indicator.getId())).findFirst();
    }

    /** The value row of an indicator, created empty when the report has none yet. */
    public ReportValue valueFor(Indicator indicator) {
        return valueOf(indicator).orElseGet(() -> {
            ReportValue value = new ReportValue(this, indicator);
            values.add(value);
            return value;
        });
    }

    public void touch(String username, LocalDateTime at) {
        this.updatedBy = username;
        this.updatedAt = at;
    }

    public void markSubmitted(String username, LocalDateTime at) {
        this.submittedBy = username;
        this.submittedAt = at;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
        }
    }

    /** True once the report has been submitted at least once: later value changes go into its history. */
    public boolean wasEverSubmitted() {
        return firstSubmittedAt != null;
    }

    public void markBaseline(ReportStatus status, LocalDateTime at) {
        this.baselineStatus = status;
        this.baselineAt = at;
    }

    public void markReviewed(String username, LocalDateTime at) {
        this.reviewedBy = username;
        this.reviewedAt = at;
    }

    public Unit getUnit() {
        return unit;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public ReportStatus getStatus() {
        return status;
    }

    /**
     * Makes a move of the workflow ({@link ReportTransitions}); the only way a status changes. The workflow service
     * checks who may move and says why a move is refused; here a move the table does not allow is a fault.
     *
     * @return the status the report moved from
     */
    public ReportStatus move(ReportAction action) {
        if (!ReportTransitions.isAllowed(action, status)) {
            throw new IllegalStateException(action + " is not allowed from " + status);
        }
        ReportStatus from = status;
        status = ReportTransitions.target(action);
        return from;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public LocalDateTime getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public ReportStatus getBaselineStatus() {
        return baselineStatus;
    }

    public LocalDateTime getBaselineAt() {
        return baselineAt;
    }

    public LocalDateTime getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public List<ReportValue> getValues() {
        return values;
    }

}
