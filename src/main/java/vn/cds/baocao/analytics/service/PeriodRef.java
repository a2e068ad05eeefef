package vn.cds.baocao.analytics.service;

import java.time.YearMonth;

/** A reporting period as the dashboards show it, with its approval progress. */
public record PeriodRef(long id, String label, YearMonth month, long approvedReports, long expectedUnits) {

    public String key() {
        return month.toString();
    }
}
