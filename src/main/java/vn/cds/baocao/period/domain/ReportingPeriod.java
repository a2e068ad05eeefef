package vn.cds.baocao.period.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import vn.cds.baocao.base.domain.VersionedEntity;
import vn.cds.baocao.base.i18n.Localizable;

/**
 * A monthly reporting period (kỳ báo cáo), e.g. "Tháng 4/2024". It stores its own data window and deadline:
 * the decree's default is the 15th of the previous month to the 14th, but the seed reports used other windows.
 */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod extends VersionedEntity {

    @Column(name = "period_year", nullable = false)
    private int year;

    @Column(name = "period_month", nullable = false)
    private int month;

    @Column(nullable = false, length = 64)
    private String label;

    @Column(name = "data_from", nullable = false)
    private LocalDate dataFrom;

    @Column(name = "data_to", nullable = false)
    private LocalDate dataTo;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PeriodStatus status = PeriodStatus.OPEN;

    @Column(length = 1000)
    private String notes;

    protected ReportingPeriod() {
    }

    public ReportingPeriod(YearMonth month, String label, LocalDate dataFrom, LocalDate dataTo, LocalDate deadline) {
        this.year = month.getYear();
        this.month = month.getMonthValue();
        this.label = label;
        this.dataFrom = dataFrom;
        this.dataTo = dataTo;
        this.deadline = deadline;
    }

    public YearMonth yearMonth() {
        return YearMonth.of(year, month);
    }

    /** The period as a plain value ({@link PeriodRows} reads the same without the entity). */
    public PeriodSummary summary() {
        return new PeriodSummary(getId(), yearMonth(), label, dataTo);
    }

    public boolean isOpen() {
        return status == PeriodStatus.OPEN;
    }

    /** Overdue on {@code today} when the deadline has passed. */
    public boolean isPastDeadline(LocalDate today) {
        return today.isAfter(deadline);
    }

    public int getYear() {
        return year;
    }

    public int getMonth() {
        return month;
    }

    /**
     * The stored Vietnamese name ("Tháng 4/2024"), the one the province's documents and the audit log use. A screen,
     * e-mail or API answer shows {@link #label(Locale)} in its reader's language.
     */
    public String getLabel() {
        return label;
    }

    /** The period's name in {@code locale}: "Tháng 4/2024", "April 2024" ({@link PeriodLabels}). */
    public String label(Locale locale) {
        return PeriodLabels.of(yearMonth(), locale);
    }

    /** The period's name written in the language of whoever reads it (an argument of a message key). */
    public Localizable name() {
        return PeriodLabels.name(yearMonth());
    }

    public LocalDate getDataFrom() {
        return dataFrom;
    }

    public void setDataFrom(LocalDate dataFrom) {
        this.dataFrom = dataFrom;
    }

    public LocalDate getDataTo() {
        return dataTo;
    }

    public void setDataTo(LocalDate dataTo) {
        this.dataTo = dataTo;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public PeriodStatus getStatus() {
        return status;
    }

    public void setStatus(PeriodStatus status) {
        this.status = status;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    @Override
    public String toString() {
        return label;
    }
}
