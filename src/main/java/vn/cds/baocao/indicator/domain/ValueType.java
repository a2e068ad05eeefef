package vn.cds.baocao.indicator.domain;

/** What kind of figure an indicator holds. */
public enum ValueType {
    /** A rate in percent, 0–100, at most two decimals. */
    PERCENT,
    /** A whole number ≥ 0. */
    COUNT,
    /** A whole amount of VND ≥ 0. */
    MONEY,
    /** Free text. */
    TEXT;

    public boolean isNumeric() {
        return this != TEXT;
    }
}
