package vn.cds.baocao.analytics.service;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.cds.baocao.period.domain.PeriodLabels;

/** A reporting period as the dashboards show it, with its approval progress; {@code label} is the stored name. */
public record PeriodRef(long id, String label, YearMonth month, long approvedReports, long expectedUnits) {

    /** The period's name in the reader's language ({@link PeriodLabels}). */
    public String label(Locale locale) {
        return PeriodLabels.of(month, locale);
    }

    public String key() {
        return month.toString();
    }

    /** Of the periods (newest first), the newest with at least one approved report. */
    public static Optional<PeriodRef> newestWithApprovedReports(List<PeriodRef> newestFirst) {
        return newestFirst.stream().filter(p -> p.approvedReports() > 0).findFirst();
    }
}
