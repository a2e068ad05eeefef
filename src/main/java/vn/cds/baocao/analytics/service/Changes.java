package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import vn.cds.baocao.analytics.service.Change.Direction;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.ValueType;

/**
 * "So với tháng trước". Percentages: the difference in percentage points, two decimals at most ("Tăng 3,7%").
 * Counts and amounts: the change relative to the earlier figure, one decimal ("Tăng 12,5%").
 */
public final class Changes {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Changes() {
    }

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
