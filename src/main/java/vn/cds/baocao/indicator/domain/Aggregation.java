package vn.cds.baocao.indicator.domain;

/** How the TỔNG row of a table is formed from the units' values. */
public enum Aggregation {
    SUM,
    /** Plain (unweighted) mean of the units that have a value. */
    MEAN,
    NONE
}
