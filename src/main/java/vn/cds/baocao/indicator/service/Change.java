package vn.cds.baocao.indicator.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Localizable;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.ValueType;

/**
 * "So với tháng trước": the change of a figure against an earlier one, "Tăng 3,7%", "Giảm 1,5%", "Bằng", the same
 * on the entry form, the review screen, the leaders' tables and the documents. Percentages change in percentage
 * points, two decimals at most ("Tăng 3,7%"); counts and amounts relatively, in percent of the earlier figure, one
 * decimal ("Tăng 12,5%").
 *
 * @param amount       size of the change (≥ 0); null when the earlier figure was 0 and a relative change is undefined
 * @param points       true: {@code amount} is in percentage points
 * @param comparedWith label of the earlier period ("Tháng 3/2024")
 * @param fallback     true when this row is compared with another period than the column header names
 */
public record Change(Direction direction, BigDecimal amount, boolean points, String comparedWith, boolean fallback,
                     BigDecimal previous) {

    public enum Direction { UP, DOWN, SAME }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The change from {@code previous} to {@code current}; null when either is missing. */
    public static Change of(ValueType type, BigDecimal current, BigDecimal previous, String comparedWith,
                            boolean fallback) {
        if (current == null || previous == null) {
            return null;
        }
        BigDecimal difference = current.subtract(previous);
        if (type == ValueType.PERCENT) {
            BigDecimal points = difference.abs().setScale(2, RoundingMode.HALF_UP);
            return new Change(direction(points.signum() == 0 ? 0 : difference.signum()), points, true, comparedWith,
                    fallback, previous);
        }
        if (difference.signum() == 0) {
            return new Change(Direction.SAME, BigDecimal.ZERO, false, comparedWith, fallback, previous);
        }
        if (previous.signum() == 0) {
            return new Change(Direction.UP, null, false, comparedWith, fallback, previous);
        }
        BigDecimal relative = difference.abs().multiply(HUNDRED)
                .divide(previous.abs(), MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
        return new Change(direction(difference.signum()), relative, false, comparedWith, fallback, previous);
    }

    /** "Tăng 3,7%", "Giảm 1,5%", "Bằng"; with the period named when the row is compared with another one. */
    public static String text(Change change, Locale locale) {
        if (change == null) {
            return "";
        }
        String text = switch (change.direction()) {
            case SAME -> Messages.get(locale, "analytics.change.same");
            case UP -> change.amount() == null
                    ? Messages.get(locale, "analytics.change.fromZero")
                    : Messages.get(locale, "analytics.change.up", size(change, locale));
            case DOWN -> Messages.get(locale, "analytics.change.down", size(change, locale));
        };
        return change.fallback()
                ? Messages.get(locale, "analytics.change.versus", text, change.comparedWith()) : text;
    }

    /** No change to tell: no earlier value. */
    public static final Localizable NONE = locale -> "";

    /** A value against an earlier one of the same indicator, in the reader's language ("" when one is missing). */
    public static Localizable describe(Indicator indicator, BigDecimal before, BigDecimal after) {
        Change change = of(indicator.getValueType(), after, before, null, false);
        return locale -> text(change, locale);
    }

    /** Signed size, for sorting and for "biggest rise / fall". Undefined relative changes count as ±∞. */
    public double signed() {
        if (direction == Direction.SAME) {
            return 0;
        }
        double size = amount == null ? Double.POSITIVE_INFINITY : amount.doubleValue();
        return direction == Direction.UP ? size : -size;
    }

    private static String size(Change change, Locale locale) {
        if (change.amount().signum() == 0) {
            return Messages.get(locale, "analytics.change.belowPrecision");
        }
        return VnFormat.number(change.amount(), change.points() ? 2 : 1) + "%";
    }

    private static Direction direction(int signum) {
        return signum > 0 ? Direction.UP : signum < 0 ? Direction.DOWN : Direction.SAME;
    }
}
