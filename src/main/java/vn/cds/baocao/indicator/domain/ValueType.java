package vn.cds.baocao.indicator.domain;

import vn.cds.baocao.base.format.NumberStyle;

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

    /** How a figure of this kind prints (text has none: it prints as typed). */
    public NumberStyle numberStyle() {
        return switch (this) {
            case PERCENT -> NumberStyle.PERCENT;
            case MONEY -> NumberStyle.MONEY;
            case COUNT, TEXT -> NumberStyle.COUNT;
        };
    }
}
