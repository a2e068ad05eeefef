package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import vn.cds.baocao.indicator.domain.Aggregation;

/**
 * The TỔNG of a column: the sum for counts and amounts, the plain (unweighted) mean of the units for percentages,
 * rounded as the table prints it. Only approved figures go in; missing ones are counted, never taken as 0.
 */
public final class Totals {

    private Totals() {
    }

    /** Null when the column has no total or no figure. */
    public static BigDecimal of(ColumnSpec column, Collection<BigDecimal> values) {
        if (values.isEmpty() || column.aggregation() == Aggregation.NONE) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (column.aggregation() == Aggregation.SUM && !column.isPercent()) {
            return sum;
        }
        int decimals = column.isPercent() ? column.totalDecimals() : ColumnSpec.DEFAULT_TOTAL_DECIMALS;
        return sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64)
                .setScale(decimals, RoundingMode.HALF_UP);
    }
}
