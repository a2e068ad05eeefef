package vn.cds.baocao.analytics.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.cds.baocao.analytics.service.Highlight.Kind;
import vn.cds.baocao.analytics.service.PeriodTableBuilder.Comparison;
import vn.cds.baocao.analytics.service.PeriodTableBuilder.Inputs;
import vn.cds.baocao.analytics.service.PeriodTableBuilder.Section;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.Aggregation;
import vn.cds.baocao.indicator.domain.Comparator;
import vn.cds.baocao.indicator.domain.ValueType;
import vn.cds.baocao.indicator.service.TargetBook;
import vn.cds.baocao.indicator.service.TargetRule;
import vn.cds.baocao.report.domain.NoFigure;

/**
 * The table of one period without a database: which cell each unit gets, the comparison header and the sentences
 * when many units miss a target (only ten named, every one of them in the highlight's units).
 */
class PeriodTableBuilderTest {

    private static final long RATE = 1;
    private static final long COUNT = 2;
    private static final YearMonth FEBRUARY = YearMonth.of(2024, 2);
    private static final YearMonth JANUARY = YearMonth.of(2024, 1);

    private static UnitRef unit(long id) {
        return new UnitRef(id, "u" + id, "Đơn vị " + id, "Đơn vị số " + id, "DEPARTMENT", "Sở", (int) id, true);
    }

    private static ColumnSpec column(long id, ValueType type, Aggregation aggregation, String target) {
        return new ColumnSpec(id, "c" + id, "C" + id, "Chỉ số " + id, type, aggregation, true, target, 2, null);
    }

    @Test
    void thirteenUnitsMissingATargetAreCountedAndTenOfThemNamed() {
        List<UnitRef> units = LongStream.rangeClosed(1, 13).mapToObj(PeriodTableBuilderTest::unit).toList();
        Set<Long> ids = units.stream().map(UnitRef::id).collect(Collectors.toSet());
        Map<Long, Map<Long, BigDecimal>> values = new HashMap<>();
        units.forEach(u -> values.put(u.id(), Map.of(RATE, BigDecimal.valueOf(50 + u.id()))));
        TargetBook targets = new TargetBook().add(RATE, null, new TargetRule(Comparator.GE, new BigDecimal("80")));
        Section section = new Section("s", "Bảng", List.of(column(RATE, ValueType.PERCENT, Aggregation.MEAN,
                "≥ 80%")));

        SectionTable table = new PeriodTableBuilder(Messages.VIETNAMESE, targets, List.of())
                .build(List.of(section), new Inputs(units, Map.of(RATE, ids), ids, values, Map.of())).getFirst();

        Highlight missed = table.highlights().stream().filter(h -> h.kind() == Kind.MISSED_TARGET).findFirst()
                .orElseThrow();
        assertThat(missed.units()).hasSize(13);
        assertThat(missed.units().getFirst().unitCode()).as("worst first").isEqualTo("u1");
        assertThat(missed.text()).contains("Đơn vị 1 (51%)", "Đơn vị 10 (60%)").doesNotContain("Đơn vị 11 (")
                .contains("và 3 đơn vị khác");
    }

    @Test
    void cellsSayWhyThereIsNoFigureAndChangesNameTheirPeriodWhenItIsNotTheHeaders() {
        List<UnitRef> units = LongStream.rangeClosed(1, 5).mapToObj(PeriodTableBuilderTest::unit).toList();
        Map<Long, Map<Long, BigDecimal>> values = Map.of(
                1L, Map.of(COUNT, new BigDecimal("120")),
                2L, Map.of(COUNT, new BigDecimal("80")),
                3L, Map.of(COUNT, new BigDecimal("10")));
        Map<Long, Comparison> comparisons = Map.of(
                1L, new Comparison(FEBRUARY, Map.of(COUNT, new BigDecimal("100"))),
                2L, new Comparison(FEBRUARY, Map.of(COUNT, new BigDecimal("100"))),
                3L, new Comparison(JANUARY, Map.of(COUNT, new BigDecimal("10"))));
        Inputs inputs = new Inputs(units, Map.of(COUNT, Set.of(1L, 2L, 3L, 4L)), Set.of(1L, 2L, 3L, 5L), values,
                comparisons, Map.of(5L, Map.of()));
        Section section = new Section("s", "Bảng", List.of(column(COUNT, ValueType.COUNT, Aggregation.SUM, null)));

        SectionTable table = new PeriodTableBuilder(Messages.VIETNAMESE, new TargetBook(), List.of())
                .build(List.of(section), inputs).getFirst();

        assertThat(table.columns().getFirst().comparedWith()).isEqualTo("Tháng 2/2024");
        assertThat(table.rows()).extracting(row -> row.unit().id()).as("unit 5 reports nothing of it")
                .containsExactly(1L, 2L, 3L, 4L);
        List<Cell> cells = table.rows().stream().map(row -> row.cells().getFirst()).toList();
        assertThat(CellText.change(cells.get(0), Messages.VIETNAMESE)).isEqualTo("Tăng 20%");
        assertThat(CellText.change(cells.get(1), Messages.VIETNAMESE)).isEqualTo("Giảm 20%");
        assertThat(cells.get(2).change().fallback()).isTrue();
        assertThat(cells.get(2).change().comparedWith()).isEqualTo("Tháng 1/2024");
        assertThat(cells.get(3).state()).as("unit 4's report is not approved").isEqualTo(Cell.State.NOT_APPROVED);
        assertThat(table.totals().getFirst().cells().getFirst().value()).isEqualByComparingTo("210");
    }

    @Test
    void anApprovedReportMarkedWithoutAFigureSaysSo() {
        List<UnitRef> units = List.of(unit(1), unit(2));
        Inputs inputs = new Inputs(units, Map.of(COUNT, Set.of(1L, 2L)), Set.of(1L, 2L),
                Map.of(1L, Map.of(COUNT, BigDecimal.TEN)), Map.of(),
                Map.of(2L, Map.of(COUNT, NoFigure.NOT_OCCURRED)));
        Section section = new Section("s", "Bảng", List.of(column(COUNT, ValueType.COUNT, Aggregation.SUM, null)));

        SectionTable table = new PeriodTableBuilder(Messages.VIETNAMESE, new TargetBook(), List.of())
                .build(List.of(section), inputs).getFirst();

        assertThat(table.rows().get(1).cells().getFirst().state()).isEqualTo(Cell.State.NOT_OCCURRED);
        assertThat(table.totals().getFirst().cells().getFirst().noFigure()).isEqualTo(1);
    }
}
