package vn.cds.baocao.period.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * A reporting period as dashboards and catalogs read it: which one, its month, its stored name ("Tháng 4/2024") and
 * the last day of its data window (the cut-off day that decides which units and indicators it has). A plain value
 * ({@link PeriodRows}), usable after the transaction; {@link ReportingPeriod#summary()} for an entity at hand.
 */
public record PeriodSummary(long id, YearMonth month, String label, LocalDate dataTo) {

    public int year() {
        return month.getYear();
    }

    /** The period's name in {@code locale} ({@link PeriodLabels}). */
    public String label(Locale locale) {
        return PeriodLabels.of(month, locale);
    }
}
