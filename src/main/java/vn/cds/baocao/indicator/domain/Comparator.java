package vn.cds.baocao.indicator.domain;

import java.math.BigDecimal;

/** How a value is compared with its target. */
public enum Comparator {
    GE("≥"), GT(">"), LE("≤"), LT("<"), EQ("=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isMet(BigDecimal value, BigDecimal target) {
        int c = value.compareTo(target);
        return switch (this) {
            case GE -> c >= 0;
            case GT -> c > 0;
            case LE -> c <= 0;
            case LT -> c < 0;
            case EQ -> c == 0;
        };
    }
}
