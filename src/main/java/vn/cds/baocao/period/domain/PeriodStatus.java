package vn.cds.baocao.period.domain;

public enum PeriodStatus {
    /** Units may enter and submit reports. */
    OPEN,
    /** No new submissions. */
    CLOSED
}
