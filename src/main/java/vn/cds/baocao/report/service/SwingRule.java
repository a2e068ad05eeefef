package vn.cds.baocao.report.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.indicator.domain.CumulativeRule;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.ValueType;
import vn.cds.baocao.indicator.service.ValueParser;

/**
 * When a figure moved so far from the previous period's that the reporter must explain it (a warning, not an
 * error). The one place of the rule:
 * <ul>
 *   <li>a change smaller than the indicator's floor ({@code swing_floor}: units, VND, percentage points) never
 *       warns;</li>
 *   <li>a rate warns when it moved by more than the threshold in percentage points;</li>
 *   <li>a count or an amount warns when it is more than threshold times the previous one or less than 1/threshold
 *       of it; from 0 it warns only past a floor (no factor exists);</li>
 *   <li>year-to-date and running totals are not compared themselves: they grow by construction. The month's own
 *       figure (the indicator they accumulate) is compared with the previous month's own figure where it is
 *       checked as an indicator of its own. A year-to-date figure without a per-month indicator is compared
 *       through the month's figure it implies, YTD − previous YTD of the same year, against the previous YTD's
 *       average month (previous YTD / its month number). That a YTD is not below the previous one of the same
 *       year is an error of {@link ReportValidator}, not a swing.</li>
 * </ul>
 * The warning says by how much and against which value.
 */
final class SwingRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SwingRule() {
    }

    /** The warning for {@code value} of the period of year {@code year} against the previous value, if any. */
    static Optional<FieldIssue> check(Indicator indicator, BigDecimal value, PreviousValue previous, int year) {
        BigDecimal threshold = indicator.getSwingThreshold();
        if (threshold == null || threshold.signum() <= 0 || value == null || previous == null
                || previous.number() == null) {
            return Optional.empty();
        }
        return switch (indicator.getCumulativeRule()) {
            case RUNNING_TOTAL -> Optional.empty();
            case YEAR_TO_DATE -> indicator.getCumulativeOf() != null || previous.period().getYear() != year
                    ? Optional.empty() : derivedMonth(indicator, value, previous, threshold);
            case NONE, NON_DECREASING -> indicator.getValueType() == ValueType.PERCENT
                    ? points(indicator, value, previous, threshold) : factor(indicator, value, previous, threshold);
        };
    }

    private static Optional<FieldIssue> points(Indicator indicator, BigDecimal value, PreviousValue previous,
                                               BigDecimal threshold) {
        BigDecimal change = value.subtract(previous.number());
        if (belowFloor(indicator, change) || change.abs().compareTo(threshold) <= 0) {
            return Optional.empty();
        }
        return Optional.of(FieldIssue.warning(indicator.getId(),
                change.signum() > 0 ? "value.swingPointsUp" : "value.swingPointsDown",
                VnFormat.points(change.abs()), show(indicator, previous.number()), previous.period().name(),
                show(indicator, value)));
    }

    private static Optional<FieldIssue> factor(Indicator indicator, BigDecimal value, PreviousValue previous,
                                               BigDecimal threshold) {
        BigDecimal before = previous.number();
        BigDecimal change = value.subtract(before);
        if (change.signum() == 0 || belowFloor(indicator, change)) {
            return Optional.empty();
        }
        if (before.signum() == 0) {
            // no factor from 0: only a floor says when the new figure is out of the ordinary
            return indicator.getSwingFloor() == null || indicator.getSwingFloor().signum() <= 0 ? Optional.empty()
                    : Optional.of(FieldIssue.warning(indicator.getId(), "value.swingFromZero",
                    show(indicator, before), show(indicator, value), show(indicator, change),
                    previous.period().name()));
        }
        if (value.compareTo(before.multiply(threshold)) > 0) {
            return Optional.of(FieldIssue.warning(indicator.getId(), "value.swingUp", show(indicator, before),
                    show(indicator, value), show(indicator, change), times(value, before), previous.period().name()));
        }
        if (value.multiply(threshold).compareTo(before) < 0) {
            return Optional.of(FieldIssue.warning(indicator.getId(), "value.swingDown", show(indicator, before),
                    show(indicator, value), show(indicator, change.negate()),
                    VnFormat.percent(value.multiply(HUNDRED).divide(before, 2, RoundingMode.HALF_UP)),
                    previous.period().name()));
        }
        return Optional.empty();
    }

    /** A YTD figure with no per-month indicator: the month it implies against the previous YTD's average month. */
    private static Optional<FieldIssue> derivedMonth(Indicator indicator, BigDecimal value, PreviousValue previous,
                                                     BigDecimal threshold) {
        BigDecimal month = value.subtract(previous.number());
        BigDecimal average = previous.number().divide(BigDecimal.valueOf(previous.period().getMonth()), 0,
                RoundingMode.HALF_UP);
        BigDecimal change = month.subtract(average);
        if (month.signum() < 0 || average.signum() <= 0 || belowFloor(indicator, change)) {
            return Optional.empty(); // a YTD below the previous one is the validator's error
        }
        boolean unusual = month.compareTo(average.multiply(threshold)) > 0
                || month.multiply(threshold).compareTo(average) < 0;
        return unusual ? Optional.of(FieldIssue.warning(indicator.getId(), "value.swingYearToDate",
                show(indicator, month), show(indicator, value), show(indicator, previous.number()),
                previous.period().name(), show(indicator, average), times(month, average))) : Optional.empty();
    }

    private static boolean belowFloor(Indicator indicator, BigDecimal change) {
        BigDecimal floor = indicator.getSwingFloor();
        return floor != null && change.abs().compareTo(floor) < 0;
    }

    /** "4,9" in "gấp 4,9 lần". */
    private static String times(BigDecimal value, BigDecimal before) {
        return VnFormat.number(value.divide(before, 1, RoundingMode.HALF_UP), 1);
    }

    private static String show(Indicator indicator, BigDecimal value) {
        return ValueParser.display(indicator, value);
    }
}
