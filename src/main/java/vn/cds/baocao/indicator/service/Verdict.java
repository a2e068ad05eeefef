package vn.cds.baocao.indicator.service;

/** "So với chỉ tiêu": computed from the value and the target of the period's year, never typed. */
public enum Verdict {
    /** Đạt. */
    MET,
    /** Không đạt. */
    MISSED,
    /** No target for this indicator, year and unit type, or no value. */
    NONE
}
