package vn.cds.baocao.analytics.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The selection rules of the "nhiều nhất / cao nhất gồm" sentences on plain figures, largest first. The seed
 * reports' own tables are checked end to end in PeriodTablesSeedTest; these are the cases around the rules' edges.
 */
class TopUnitsTest {

    private static final Function<BigDecimal, BigDecimal> SELF = Function.identity();

    @Test
    void aMonthLikeApril2024NamesFourUnitsWhenTheyHoldLessThanThreeQuartersOfTheTotal() {
        // the month between the two 2024 seeds: the first four hold 74,2 % (three 69,6 %); a ¾-share rule added a fifth
        List<BigDecimal> meetings = figures(1518, 1229, 251, 194, 170, 140, 120, 100, 100, 100, 100, 100, 100, 83);
        assertThat(TopUnits.largest(meetings, SELF)).containsExactlyElementsOf(figures(1518, 1229, 251, 194));
        assertThat(TopUnits.largest(figures(1518, 1229, 251, 194, 170, 140, 120, 100, 90, 80), SELF))
                .as("three hold 77,0 %: three are enough").containsExactlyElementsOf(figures(1518, 1229, 251));
    }

    @Test
    void aSpreadOutCountNamesTheThreeLargest() {
        // anti-malware 7/2024: 4.629 installs, the four largest hold 51,6 %
        assertThat(TopUnits.largest(figures(948, 537, 528, 377, 256, 230, 166), SELF, BigDecimal.valueOf(4629)))
                .containsExactlyElementsOf(figures(948, 537, 528));
    }

    @Test
    void aTieIsNeverCutAndNothingIsNamedForZero() {
        assertThat(TopUnits.largest(figures(50, 40, 30, 30, 30, 1), SELF))
                .containsExactlyElementsOf(figures(50, 40, 30, 30, 30));
        assertThat(TopUnits.largest(figures(5, 0, 0), SELF)).containsExactlyElementsOf(figures(5));
        assertThat(TopUnits.largest(figures(0, 0), SELF)).isEmpty();
    }

    @Test
    void ratesNameTheBestAndTheCloseOnesBehindThemUpToFive() {
        assertThat(TopUnits.best(rates("100", "100", "100", "98.53", "97.80", "97.41", "96.09"), SELF))
                .containsExactlyElementsOf(rates("100", "100", "100", "98.53", "97.80"));
        assertThat(TopUnits.best(rates("100", "100", "100", "99", "99", "98"), SELF))
                .as("a tie behind the best is not named").containsExactlyElementsOf(rates("100", "100", "100"));
        assertThat(TopUnits.best(rates("100", "100", "100", "98", "97.37"), SELF))
                .as("2 points behind is not close").containsExactlyElementsOf(rates("100", "100", "100"));
        assertThat(TopUnits.best(rates("100", "100", "100", "100", "100", "100", "97.87"), SELF))
                .as("everyone at the best, even past five").hasSize(6);
    }

    @Test
    void ratesWhereLowerIsBetterAreReadTheSameWay() {
        assertThat(TopUnits.best(rates("1", "2", "2.5", "7"), SELF)).containsExactlyElementsOf(rates("1", "2", "2.5"));
    }

    private static List<BigDecimal> figures(long... values) {
        return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    private static List<BigDecimal> rates(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
