package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Which units a "nhiều nhất gồm" / "cao nhất gồm" sentence names. The rules are the ones that reproduce every such
 * sentence of the seed reports (001 Tháng 9/2022, 003 Tháng 3/2024, 004 Tháng 7/2024; tested in
 * PeriodTablesSeedTest and TopUnitsTest):
 * <ul>
 *   <li>Counts and amounts ({@link #largest}): the three largest, and a fourth when it is the one that brings the
 *   group to {@link #LARGEST_SHARE} of the total. eCabinet: 9/2022 the three hold 76,0 % → 3 units; 3/2024 the
 *   three hold 71,3 %, four 75,9 % → 4; 7/2024 three 67,8 %, four 72,2 % → 4 (a ¾-share rule wrongly adds a
 *   fifth); anti-malware 7/2024 and Binh Phuoc Today 9/2022 are spread out (four hold 51,6 % and 34,7 %) → 3.</li>
 *   <li>Rates ({@link #best}): every unit at the best rate; while fewer than {@link #MAX_RATES} are named, the
 *   next unit too if it stands alone at its rate and is at most {@link #RATE_STEP} points below the unit before
 *   it. E-signature 9/2022: three at 100 %, then 98,53 % and 97,80 % → 5; 3/2024 and 7/2024: three at 100 %,
 *   then a tie at 99 % → 3; e-mail 7/2024: three at 100 %, then 98 % (2 points below) → 3.</li>
 * </ul>
 * A tie is never cut: units with the same figure as the last one named are named too.
 */
final class TopUnits {

    static final BigDecimal LARGEST_SHARE = new BigDecimal("0.72");
    static final int LARGEST_COUNT = 3;
    static final int MAX_RATES = 5;
    static final BigDecimal RATE_STEP = new BigDecimal("1.5");

    private TopUnits() {
    }

    /** {@link #largest(List, Function, BigDecimal)} of the total of the units themselves. */
    static <T> List<T> largest(List<T> sorted, Function<T, BigDecimal> value) {
        return largest(sorted, value, sorted.stream().map(value).filter(v -> v.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * {@code sorted}: largest first; {@code total}: the table's total, which may hold rows that are not named (a
     * bucket of unassigned users). Units with nothing (0 or less) are never named.
     */
    static <T> List<T> largest(List<T> sorted, Function<T, BigDecimal> value, BigDecimal total) {
        if (total.signum() <= 0) {
            return List.of();
        }
        List<T> chosen = new ArrayList<>();
        BigDecimal held = BigDecimal.ZERO;
        for (T unit : sorted) {
            BigDecimal figure = value.apply(unit);
            if (figure.signum() <= 0) {
                break;
            }
            boolean tiesLast = !chosen.isEmpty() && value.apply(chosen.getLast()).compareTo(figure) == 0;
            if (!tiesLast && chosen.size() >= LARGEST_COUNT && !fourthReachesShare(chosen.size(), held, figure, total)) {
                break;
            }
            chosen.add(unit);
            held = held.add(figure);
        }
        return chosen;
    }

    /** True for the fourth unit when the three before it hold less than the share and the four at least. */
    private static boolean fourthReachesShare(int named, BigDecimal held, BigDecimal figure, BigDecimal total) {
        return named == LARGEST_COUNT
                && share(held, total).compareTo(LARGEST_SHARE) < 0
                && share(held.add(figure), total).compareTo(LARGEST_SHARE) >= 0;
    }

    /** {@code sorted}: best first. */
    static <T> List<T> best(List<T> sorted, Function<T, BigDecimal> value) {
        if (sorted.isEmpty()) {
            return List.of();
        }
        BigDecimal top = value.apply(sorted.getFirst());
        List<T> chosen = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            T unit = sorted.get(i);
            BigDecimal figure = value.apply(unit);
            boolean atBest = figure.compareTo(top) == 0;
            boolean tiesLast = !chosen.isEmpty() && value.apply(chosen.getLast()).compareTo(figure) == 0;
            if (!atBest && !tiesLast && !(chosen.size() < MAX_RATES
                    && alone(sorted, i, value) && closeBehind(value.apply(chosen.getLast()), figure))) {
                break;
            }
            chosen.add(unit);
        }
        return chosen;
    }

    private static <T> boolean alone(List<T> sorted, int index, Function<T, BigDecimal> value) {
        return index + 1 >= sorted.size()
                || value.apply(sorted.get(index + 1)).compareTo(value.apply(sorted.get(index))) != 0;
    }

    private static boolean closeBehind(BigDecimal previous, BigDecimal figure) {
        return previous.subtract(figure).abs().compareTo(RATE_STEP) <= 0;
    }

    private static BigDecimal share(BigDecimal part, BigDecimal total) {
        return part.divide(total, MathContext.DECIMAL64);
    }
}
