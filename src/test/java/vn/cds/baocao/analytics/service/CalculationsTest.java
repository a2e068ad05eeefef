package vn.cds.baocao.analytics.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cds.baocao.analytics.service.CompositeScoring.Input;
import vn.cds.baocao.analytics.service.CompositeScoring.Score;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.Aggregation;
import vn.cds.baocao.indicator.domain.Comparator;
import vn.cds.baocao.indicator.domain.ValueType;
import vn.cds.baocao.indicator.service.Change.Direction;
import vn.cds.baocao.indicator.service.Change;
import vn.cds.baocao.indicator.service.TargetBook;
import vn.cds.baocao.indicator.service.TargetRule;
import vn.cds.baocao.indicator.service.Verdict;

/** The dashboards' arithmetic, without a database. */
class CalculationsTest {

    private static ColumnSpec column(ValueType type, Aggregation aggregation, int decimals) {
        return new ColumnSpec(1, "x", "X", "Chỉ số X", type, aggregation, true, null, decimals, null);
    }

    private static List<BigDecimal> numbers(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void totalsSumCountsAndAverageRatesRoundedAsPrinted() {
        assertThat(Totals.of(column(ValueType.COUNT, Aggregation.SUM, 2), numbers("1496", "1208", "0")))
                .isEqualByComparingTo("2704");
        // a percentage is never summed, even if its aggregation says SUM
        assertThat(Totals.of(column(ValueType.PERCENT, Aggregation.SUM, 0), numbers("100", "93.6", "78.1")))
                .isEqualByComparingTo("91");
        assertThat(Totals.of(column(ValueType.PERCENT, Aggregation.MEAN, 2), numbers("100", "93.6", "78.1")))
                .isEqualByComparingTo("90.57");
        assertThat(Totals.of(column(ValueType.PERCENT, Aggregation.MEAN, 0), numbers("95.5", "96.5")))
                .isEqualByComparingTo("96");
        assertThat(Totals.of(column(ValueType.COUNT, Aggregation.SUM, 2), List.of())).isNull();
        assertThat(Totals.of(column(ValueType.COUNT, Aggregation.NONE, 2), numbers("1"))).isNull();
    }

    @Test
    void changesArePointsForRatesAndRelativeForCounts() {
        var vi = Messages.VIETNAMESE;
        Change points = Change.of(ValueType.PERCENT, new BigDecimal("48.10"), new BigDecimal("24"), "T3", false);
        assertThat(points.points()).isTrue();
        assertThat(Change.text(points, vi)).isEqualTo("Tăng 24,1%");
        assertThat(Change.text(Change.of(ValueType.PERCENT, new BigDecimal("98.2"), new BigDecimal("99.7"),
                "T3", false), vi)).isEqualTo("Giảm 1,5%");
        assertThat(Change.text(Change.of(ValueType.PERCENT, new BigDecimal("100"), new BigDecimal("100.00"),
                "T3", false), vi)).isEqualTo("Bằng");
        assertThat(Change.text(Change.of(ValueType.COUNT, new BigDecimal("1584"), new BigDecimal("1496"),
                "T3", false), vi)).isEqualTo("Tăng 5,9%");
        assertThat(Change.text(Change.of(ValueType.MONEY, new BigDecimal("50"), new BigDecimal("200"),
                "T3", false), vi)).isEqualTo("Giảm 75%");
        assertThat(Change.text(Change.of(ValueType.COUNT, new BigDecimal("41"), BigDecimal.ZERO,
                "T3", false), vi)).isEqualTo("Tăng (kỳ trước: 0)");
        assertThat(Change.text(Change.of(ValueType.COUNT, new BigDecimal("100001"), new BigDecimal("100000"),
                "T3", false), vi)).isEqualTo("Tăng dưới 0,1%");
        assertThat(Change.text(Change.of(ValueType.COUNT, new BigDecimal("2"), new BigDecimal("1"),
                "Tháng 9/2022", true), vi)).isEqualTo("Tăng 100% (so với Tháng 9/2022)");
        assertThat(Change.of(ValueType.COUNT, BigDecimal.ONE, null, "T3", false)).isNull();
        assertThat(points.signed()).isEqualTo(24.1);
        assertThat(Change.of(ValueType.COUNT, new BigDecimal("3"), BigDecimal.ZERO, "T", false).direction())
                .isEqualTo(Direction.UP);
    }

    @Test
    void equalFiguresShareARankAndTheNextRankSkips() {
        Map<Long, BigDecimal> values = new LinkedHashMap<>();
        values.put(1L, new BigDecimal("100"));
        values.put(2L, new BigDecimal("93"));
        values.put(3L, new BigDecimal("100.00"));
        values.put(4L, new BigDecimal("78"));
        assertThat(Rankings.rank(values, true)).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 1, 3L, 1, 2L, 3, 4L, 4));
        assertThat(Rankings.rank(values, false)).containsEntry(4L, 1).containsEntry(1L, 3).containsEntry(3L, 3);
        assertThat(Rankings.rank(Map.of(), true)).isEmpty();
    }

    @Test
    void compositeNormalisesToZeroToHundredAndHandlesMissingDataExplicitly() {
        Input rate = new Input(10, BigDecimal.ONE, true,
                Map.of(1L, new BigDecimal("100"), 2L, new BigDecimal("50"), 3L, new BigDecimal("75")),
                Set.of(1L, 2L, 3L, 4L));
        Input meetings = new Input(20, new BigDecimal("3"), true,
                Map.of(1L, new BigDecimal("0"), 2L, new BigDecimal("10"), 4L, new BigDecimal("10")),
                Set.of(1L, 2L, 3L, 4L));
        Map<Long, Score> scores = new LinkedHashMap<>();
        CompositeScoring.score(List.of(rate, meetings), List.of(1L, 2L, 3L, 4L)).forEach(s -> scores.put(s.unitId(), s));
        // unit 1: rate 100, meetings 0 → (100·1 + 0·3) / 4 = 25
        assertThat(scores.get(1L).score()).isEqualByComparingTo("25.0");
        // unit 2: rate 0, meetings 100 → 75
        assertThat(scores.get(2L).score()).isEqualByComparingTo("75.0");
        // unit 3 has no meetings figure: covers 1 of 4 weight → 25 % < 50 %: not ranked
        assertThat(scores.get(3L).ranked()).isFalse();
        assertThat(scores.get(3L).coverage()).isEqualByComparingTo("0.25");
        // unit 4 has no rate: covers 3 of 4 → ranked on meetings alone
        assertThat(scores.get(4L).score()).isEqualByComparingTo("100.0");
        // all equal → everybody 100; lower is better → reversed
        assertThat(CompositeScoring.normalise(new Input(1, BigDecimal.ONE, true,
                Map.of(1L, BigDecimal.TEN, 2L, BigDecimal.TEN), Set.of())).values()).allMatch(v -> v.intValue() == 100);
        assertThat(CompositeScoring.normalise(new Input(1, BigDecimal.ONE, false,
                Map.of(1L, BigDecimal.ONE, 2L, BigDecimal.TEN), Set.of())).get(1L)).isEqualByComparingTo("100");
    }

    @Test
    void targetsOfAUnitTypeWinOverTheGeneralTarget() {
        TargetBook book = new TargetBook()
                .add(1, null, new TargetRule(Comparator.GE, new BigDecimal("80")))
                .add(1, "DISTRICT", new TargetRule(Comparator.GE, new BigDecimal("90")));
        assertThat(book.forUnitType(1, "DISTRICT").orElseThrow().judge(new BigDecimal("85"))).isEqualTo(Verdict.MISSED);
        assertThat(book.forUnitType(1, "DEPARTMENT").orElseThrow().judge(new BigDecimal("85"))).isEqualTo(Verdict.MET);
        assertThat(book.general(1).orElseThrow().text(ValueType.PERCENT)).isEqualTo("≥ 80%");
        assertThat(book.forUnitType(2, "DISTRICT")).isEmpty();
        assertThat(new TargetRule(Comparator.LE, BigDecimal.TEN).judge(null)).isEqualTo(Verdict.NONE);
    }

    @Test
    void namesAreLowerCasedForSentencesExceptAcronyms() {
        assertThat(HighlightWriter.lowerFirst("Tỷ lệ hồ sơ")).isEqualTo("tỷ lệ hồ sơ");
        assertThat(HighlightWriter.lowerFirst("DVC trực tuyến")).isEqualTo("DVC trực tuyến");
    }
}
