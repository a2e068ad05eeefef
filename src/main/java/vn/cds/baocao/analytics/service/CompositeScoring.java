package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Xếp hạng tổng hợp". Each weighted indicator is normalised to 0–100 over the units that have an approved figure
 * (min–max: the best unit scores 100, the weakest 0; all equal → 100; reversed when lower is better). A unit's
 * score is the weighted mean of its normalised figures over the indicators it has a figure for. Missing data is
 * explicit: a unit is ranked only when the weights of the indicators it has figures for reach
 * {@link #MIN_COVERAGE} of the weights of the indicators that apply to it; otherwise it is listed as "không đủ số
 * liệu" with its coverage.
 */
public final class CompositeScoring {

    /** Share of the applicable weight a unit must cover with figures to be ranked. */
    public static final BigDecimal MIN_COVERAGE = new BigDecimal("0.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CompositeScoring() {
    }

    /**
     * @param weight        &gt; 0
     * @param values        approved figures by unit id
     * @param expectedUnits units the indicator applies to in the period
     */
    public record Input(long indicatorId, BigDecimal weight, boolean higherIsBetter, Map<Long, BigDecimal> values,
                        Set<Long> expectedUnits) {
    }

    /**
     * @param score      0–100 with one decimal; null when the unit is not ranked (coverage too low)
     * @param coverage   covered weight ÷ applicable weight, 0–1
     * @param normalised the 0–100 figure per indicator id the unit has
     */
    public record Score(long unitId, BigDecimal score, BigDecimal coverage, Map<Long, BigDecimal> normalised) {

        public boolean ranked() {
            return score != null;
        }
    }

    public static List<Score> score(List<Input> inputs, Collection<Long> unitIds) {
        Map<Long, Map<Long, BigDecimal>> normalised = new LinkedHashMap<>();
        for (Input input : inputs) {
            normalised.put(input.indicatorId(), normalise(input));
        }
        return unitIds.stream().map(unit -> scoreOf(unit, inputs, normalised)).toList();
    }

    private static Score scoreOf(long unit, List<Input> inputs, Map<Long, Map<Long, BigDecimal>> normalised) {
        BigDecimal applicable = BigDecimal.ZERO;
        BigDecimal covered = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        Map<Long, BigDecimal> figures = new LinkedHashMap<>();
        for (Input input : inputs) {
            BigDecimal figure = normalised.get(input.indicatorId()).get(unit);
            boolean applies = input.expectedUnits().contains(unit) || figure != null;
            if (!applies) {
                continue;
            }
            applicable = applicable.add(input.weight());
            if (figure != null) {
                covered = covered.add(input.weight());
                weighted = weighted.add(figure.multiply(input.weight()));
                figures.put(input.indicatorId(), figure);
            }
        }
        if (applicable.signum() == 0) {
            return new Score(unit, null, BigDecimal.ZERO, figures);
        }
        BigDecimal coverage = covered.divide(applicable, MathContext.DECIMAL64);
        BigDecimal score = covered.signum() > 0 && coverage.compareTo(MIN_COVERAGE) >= 0
                ? weighted.divide(covered, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP) : null;
        return new Score(unit, score, coverage, figures);
    }

    static Map<Long, BigDecimal> normalise(Input input) {
        Map<Long, BigDecimal> result = new LinkedHashMap<>();
        if (input.values().isEmpty()) {
            return result;
        }
        BigDecimal min = input.values().values().stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = input.values().values().stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal range = max.subtract(min);
        input.values().forEach((unit, value) -> {
            BigDecimal figure;
            if (range.signum() == 0) {
                figure = HUNDRED;
            } else {
                BigDecimal distance = input.higherIsBetter() ? value.subtract(min) : max.subtract(value);
                figure = distance.multiply(HUNDRED).divide(range, MathContext.DECIMAL64);
            }
            result.put(unit, figure);
        });
        return result;
    }
}
