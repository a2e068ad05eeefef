package vn.cds.baocao.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import vn.cds.baocao.base.domain.AbstractEntity;
import vn.cds.baocao.indicator.domain.Indicator;

/** One line of a report's history: who did what, when, from which status to which, and why. */
@Entity
@Table(name = "report_event")
public class ReportEvent extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 32)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    private ReportStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 16)
    private ReportStatus toStatus;

    @Column(columnDefinition = "TEXT")
    private String reason;

    /** For VALUE_CHANGED: which indicator, and its value before and after (as displayed). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @Column(name = "old_value", length = 4000)
    private String oldValue;

    @Column(name = "new_value", length = 4000)
    private String newValue;

    protected ReportEvent() {
    }

    public ReportEvent(Report report, LocalDateTime occurredAt, String actor, String action,
                       ReportStatus fromStatus, ReportStatus toStatus, String reason) {
        this.report = report;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
    }

    /** A value change after submission. */
    public static ReportEvent valueChanged(Report report, LocalDateTime at, String actor, Indicator indicator,
                                           String oldValue, String newValue) {
        ReportEvent event = new ReportEvent(report, at, actor, ReportAction.VALUE_CHANGED.name(),
                report.getStatus(), report.getStatus(), null);
        event.indicator = indicator;
        event.oldValue = oldValue;
        event.newValue = newValue;
        return event;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public Report getReport() {
        return report;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public ReportStatus getFromStatus() {
        return fromStatus;
    }

    public ReportStatus getToStatus() {
        return toStatus;
    }

    public String getReason() {
        return reason;
    }
}
