package vn.cds.baocao.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.CumulativeRule;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.IndicatorSection;
import vn.cds.baocao.indicator.domain.ValueType;
import vn.cds.baocao.period.domain.ReportingPeriod;

/** The swing rule on its own: floor, factor, points, year-to-date figures, and what the warning says. */
class SwingRuleTest {

    private static final IndicatorSection PAYMENTS = new IndicatorSection("PAYMENTS", "Thanh toán trực tuyến",
            "Online payments", 1);
    private static final ReportingPeriod MARCH = new ReportingPeriod(YearMonth.of(2024, 3), "Tháng 3/2024",
            LocalDate.of(2024, 3, 21), LocalDate.of(2024, 4, 20), LocalDate.of(2024, 4, 22));
    private static final ReportingPeriod DECEMBER = new ReportingPeriod(YearMonth.of(2023, 12), "Tháng 12/2023",
            LocalDate.of(2023, 11, 21), LocalDate.of(2023, 12, 20), LocalDate.of(2023, 12, 22));

    @Test
    void aCountMoreThanThresholdTimesThePreviousSaysByHowMuchAndAgainstWhat() {
        Indicator count = indicator(ValueType.COUNT, CumulativeRule.NONE, "3", null);

        assertThat(message(SwingRule.check(count, new BigDecimal("74"), previous("15", MARCH), 2024)))
                .isEqualTo("Tăng từ 15 lên 74 (+59; gấp 4,9 lần) so với Tháng 3/2024 — vui lòng giải trình trước khi nộp.");
        assertThat(message(SwingRule.check(count, new BigDecimal("2"), previous("1203", MARCH), 2024)))
                .isEqualTo("Giảm từ 1.203 xuống 2 (−1.201; chỉ còn 0,17%) so với Tháng 3/2024 — vui lòng giải trình trước khi nộp.");
        assertThat(SwingRule.check(count, new BigDecimal("45"), previous("15", MARCH), 2024))
                .as("exactly three times is no swing").isEmpty();
    }

    @Test
    void aChangeBelowTheFloorNeverWarnsHoweverLargeTheFactor() {
        Indicator count = indicator(ValueType.COUNT, CumulativeRule.NONE, "3", "800");

        assertThat(SwingRule.check(count, new BigDecimal("692"), previous("7", MARCH), 2024))
                .as("+685 < 800").isEmpty();
        assertThat(SwingRule.check(count, new BigDecimal("1"), previous("922", MARCH), 2024))
                .as("−921 ≥ 800").isPresent();
        assertThat(SwingRule.check(count, new BigDecimal("310"), previous("0", MARCH), 2024))
                .as("from 0, below the floor").isEmpty();
        assertThat(message(SwingRule.check(count, new BigDecimal("900"), previous("0", MARCH), 2024)))
                .isEqualTo("Tăng từ 0 lên 900 (+900) so với Tháng 3/2024 — vui lòng giải trình trước khi nộp.");
    }

    @Test
    void withoutAFloorAFigureRisingFromZeroHasNoFactorAndDoesNotWarn() {
        Indicator count = indicator(ValueType.COUNT, CumulativeRule.NONE, "3", null);

        assertThat(SwingRule.check(count, new BigDecimal("310"), previous("0", MARCH), 2024)).isEmpty();
    }

    @Test
    void aRateWarnsPastTheThresholdInPointsNamingThePreviousRate() {
        Indicator rate = indicator(ValueType.PERCENT, CumulativeRule.NONE, "10", "5");

        assertThat(message(SwingRule.check(rate, new BigDecimal("41.7"), previous("54.20", MARCH), 2024)))
                .isEqualTo("Giảm 12,50 điểm % so với 54,20% của Tháng 3/2024 (nay 41,70%) — vui lòng giải trình trước khi nộp.");
        assertThat(SwingRule.check(rate, new BigDecimal("64.2"), previous("54.20", MARCH), 2024))
                .as("exactly the threshold").isEmpty();
        Indicator lowThreshold = indicator(ValueType.PERCENT, CumulativeRule.NONE, "2", "5");
        assertThat(SwingRule.check(lowThreshold, new BigDecimal("58"), previous("54.20", MARCH), 2024))
                .as("3,8 points are under the 5-point floor").isEmpty();
    }

    @Test
    void yearToDateAndRunningTotalsAreNotComparedThemselves() {
        Indicator month = indicator(ValueType.COUNT, CumulativeRule.NONE, "3", null);
        Indicator ytd = indicator(ValueType.COUNT, CumulativeRule.YEAR_TO_DATE, "3", null);
        ytd.setCumulativeOf(month);
        Indicator total = indicator(ValueType.COUNT, CumulativeRule.RUNNING_TOTAL, "3", null);
        total.setCumulativeOf(month);

        assertThat(SwingRule.check(ytd, new BigDecimal("74"), previous("15", MARCH), 2024))
                .as("15 → 74 year to date: the month's own figure is what is compared").isEmpty();
        assertThat(SwingRule.check(total, new BigDecimal("900"), previous("100", MARCH), 2024)).isEmpty();
    }

    @Test
    void aYearToDateFigureWithoutAMonthIndicatorIsComparedThroughTheMonthItImplies() {
        Indicator ytd = indicator(ValueType.COUNT, CumulativeRule.YEAR_TO_DATE, "3", null);

        // 300 by March = 100 a month; 350 now adds 50: ordinary
        assertThat(SwingRule.check(ytd, new BigDecimal("350"), previous("300", MARCH), 2024)).isEmpty();
        // 300 → 800 adds 500, five times the average month
        assertThat(message(SwingRule.check(ytd, new BigDecimal("800"), previous("300", MARCH), 2024)))
                .isEqualTo("Số phát sinh thêm 500 (lũy kế 800 so với 300 của Tháng 3/2024) gấp 5 lần mức bình quân "
                        + "mỗi tháng trước đó (100) — vui lòng giải trình trước khi nộp.");
        assertThat(SwingRule.check(ytd, new BigDecimal("20"), previous("3000", DECEMBER), 2024))
                .as("a new year starts from nothing").isEmpty();
    }

    @Test
    void noThresholdOrNoPreviousValueMeansNoSwing() {
        Indicator unchecked = indicator(ValueType.COUNT, CumulativeRule.NONE, null, "10");
        Indicator count = indicator(ValueType.COUNT, CumulativeRule.NONE, "3", null);

        assertThat(SwingRule.check(unchecked, new BigDecimal("900"), previous("1", MARCH), 2024)).isEmpty();
        assertThat(SwingRule.check(count, new BigDecimal("900"), null, 2024)).isEmpty();
    }

    private static Indicator indicator(ValueType type, CumulativeRule rule, String threshold, String floor) {
        Indicator indicator = new Indicator("test_" + type, PAYMENTS, "Chỉ tiêu thử", "Thử", "Test", type,
                LocalDate.of(2020, 1, 1));
        ReflectionTestUtils.setField(indicator, "id", 7L);
        indicator.setCumulativeRule(rule);
        indicator.setSwingThreshold(threshold == null ? null : new BigDecimal(threshold));
        indicator.setSwingFloor(floor == null ? null : new BigDecimal(floor));
        return indicator;
    }

    private static PreviousValue previous(String number, ReportingPeriod period) {
        return new PreviousValue(new BigDecimal(number), null, period);
    }

    private static String message(Optional<FieldIssue> issue) {
        assertThat(issue).isPresent();
        assertThat(issue.get().severity()).isEqualTo(FieldIssue.Severity.WARNING);
        return issue.get().message(Messages.VIETNAMESE);
    }
}
