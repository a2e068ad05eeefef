package vn.cds.baocao.indicator.domain;

/** How an indicator's value relates to earlier periods. */
public enum CumulativeRule {
    /** A figure of the period itself. */
    NONE,
    /** Total since inception = previous approved total + this period's {@code cumulativeOf} value (computed). */
    RUNNING_TOTAL,
    /** Calendar year to date; at least this period's {@code cumulativeOf} value; restarts every January. */
    YEAR_TO_DATE,
    /** A reported stock that never goes down (e.g. registered users, completed dossiers since 2020). */
    NON_DECREASING
}
