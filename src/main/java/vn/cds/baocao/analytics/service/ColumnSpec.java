package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;
import java.util.Locale;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.indicator.domain.Aggregation;
import vn.cds.baocao.indicator.domain.ValueType;
import vn.cds.baocao.period.domain.PeriodSummary;

/**
 * One indicator column of a table.
 *
 * @param header        short column title (the report's header)
 * @param name          full name of the indicator, used in the highlight sentences
 * @param targetText    the province-wide target of the year, e.g. "≥ 80%", or null
 * @param totalDecimals decimals of a percentage TỔNG (the DVC table prints whole percents)
 * @param comparedWith  label of the period most rows are compared with ("Tháng 3/2024"), or null
 */
public record ColumnSpec(long indicatorId, String code, String header, String name, ValueType valueType,
                         Aggregation aggregation, boolean higherIsBetter, String targetText, int totalDecimals,
                         String comparedWith) {

    public static final int DEFAULT_TOTAL_DECIMALS = 2;

    public boolean isPercent() {
        return valueType == ValueType.PERCENT;
    }

    /** 1.517 / 54,20% / 2.590.659.414, as the report prints figures. */
    public String format(BigDecimal value) {
        return value == null ? "" : VnFormat.figure(valueType.numberStyle(), value);
    }

    /** A TỔNG figure: percentages with the table's own decimals ("96%"), sums like any figure. */
    public String formatTotal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        if (isPercent()) {
            return VnFormat.percent(value, totalDecimals);
        }
        return format(value);
    }

    /**
     * The column as one period's tables head it: a "trong tháng" figure is named by the month of the period's data
     * window ({@link WindowMonth}).
     */
    ColumnSpec inWindowOf(PeriodSummary period, Locale locale) {
        return new ColumnSpec(indicatorId, code, WindowMonth.name(header, period, locale),
                WindowMonth.name(name, period, locale), valueType, aggregation, higherIsBetter, targetText,
                totalDecimals, comparedWith);
    }

    ColumnSpec withComparedWith(String label) {
        return new ColumnSpec(indicatorId, code, header, name, valueType, aggregation, higherIsBetter, targetText,
                totalDecimals, label);
    }
}
