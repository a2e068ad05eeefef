package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cds.baocao.analytics.service.SectionTable.Row;
import vn.cds.baocao.analytics.service.SectionTable.TotalCell;
import vn.cds.baocao.analytics.service.SectionTable.TotalRow;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.service.Change;
import vn.cds.baocao.indicator.service.TargetBook;
import vn.cds.baocao.indicator.service.Verdict;
import vn.cds.baocao.period.domain.PeriodLabels;
import vn.cds.baocao.report.domain.NoFigure;

/**
 * Builds the "Bảng số liệu" of a period from approved figures only. A plain class: the service gathers the
 * inputs, this decides what every cell, total and sentence says.
 * <ul>
 *   <li>Rows: every unit expected to report one of the table's indicators (its type applies, it is not exempt,
 *   it exists in the period), plus any unit with an approved figure. A unit whose report is not approved shows
 *   "chưa duyệt" in its cells — never 0, never dropped.</li>
 *   <li>Verdict: against the target of the period's year for the unit's type (or the general target).</li>
 *   <li>Change: against the unit's latest earlier approved report; the column header names the period most rows
 *   are compared with, and a row compared with another period says so.</li>
 *   <li>TỔNG ({@link Totals}) and the combined total rows, e.g. "Tổng Thuế và Phí, lệ phí".</li>
 * </ul>
 */
public final class PeriodTableBuilder {

    private final Locale locale;
    private final TargetBook targets;
    private final List<CombinedTotalSpec> combinedTotals;
    private final Map<YearMonth, String> periodLabels = new HashMap<>();

    public PeriodTableBuilder(Locale locale, TargetBook targets, List<CombinedTotalSpec> combinedTotals) {
        this.locale = locale;
        this.targets = targets;
        this.combinedTotals = combinedTotals;
    }

    /** A table of the report: its code, name and indicator columns in order. */
    public record Section(String code, String name, List<ColumnSpec> columns) {
    }

    /** The earlier approved figures a unit is compared with, and that period's month. */
    public record Comparison(YearMonth month, Map<Long, BigDecimal> values) {
    }

    /** A column of an extra total row: under {@code indicatorId}, its TỔNG plus the TỔNG of another column. */
    public record CombinedTotalSpec(String sectionCode, String label, long indicatorId, long plusIndicatorId) {
    }

    /**
     * The approved figures and report states of the period.
     *
     * @param noFiguresByUnit approved values marked "không phát sinh"/"không có số liệu", by unit and indicator
     */
    public record Inputs(List<UnitRef> units, Map<Long, Set<Long>> expectedUnitsByIndicator, Set<Long> approvedUnits,
                         Map<Long, Map<Long, BigDecimal>> valuesByUnit, Map<Long, Comparison> comparisons,
                         Map<Long, Map<Long, NoFigure>> noFiguresByUnit) {

        public Inputs(List<UnitRef> units, Map<Long, Set<Long>> expectedUnitsByIndicator, Set<Long> approvedUnits,
                      Map<Long, Map<Long, BigDecimal>> valuesByUnit, Map<Long, Comparison> comparisons) {
            this(units, expectedUnitsByIndicator, approvedUnits, valuesByUnit, comparisons, Map.of());
        }
    }

    public List<SectionTable> build(List<Section> sections, Inputs inputs) {
        String headerComparison = mostCommon(inputs.comparisons().values().stream()
                .map(comparison -> periodLabel(comparison.month())).toList());
        return sections.stream().map(section -> build(section, inputs, headerComparison)).toList();
    }

    private SectionTable build(Section section, Inputs inputs, String headerComparison) {
        List<ColumnSpec> columns = section.columns();
        // Looked up once per column, not once per cell: a period's tables hold units × indicators cells.
        List<Long> indicatorIds = columns.stream().map(ColumnSpec::indicatorId).toList();
        List<Set<Long>> expectedUnits = indicatorIds.stream()
                .map(id -> inputs.expectedUnitsByIndicator().getOrDefault(id, Set.of())).toList();
        List<Map<String, Long>> comparedWith = new ArrayList<>();
        columns.forEach(column -> comparedWith.add(new LinkedHashMap<>()));
        List<Row> rows = new ArrayList<>();
        List<UnitRef> notApproved = new ArrayList<>();
        for (UnitRef unit : inputs.units()) {
            Long unitId = unit.id();
            boolean approved = inputs.approvedUnits().contains(unitId);
            Map<Long, BigDecimal> values = inputs.valuesByUnit().getOrDefault(unitId, Map.of());
            Map<Long, NoFigure> marks = inputs.noFiguresByUnit().getOrDefault(unitId, Map.of());
            Comparison comparison = inputs.comparisons().get(unitId);
            String comparisonLabel = comparison == null ? null : periodLabel(comparison.month());
            List<Cell> cells = new ArrayList<>(columns.size());
            boolean inTable = false;
            for (int c = 0; c < columns.size(); c++) {
                Long indicatorId = indicatorIds.get(c);
                BigDecimal value = values.get(indicatorId);
                Cell cell = value == null
                        ? emptyCell(expectedUnits.get(c).contains(unitId), approved, marks.get(indicatorId))
                        : cell(unit, columns.get(c), value, comparison, comparisonLabel, headerComparison);
                inTable |= cell.state() != Cell.State.NOT_APPLICABLE;
                if (cell.change() != null) {
                    comparedWith.get(c).merge(cell.change().comparedWith(), 1L, Long::sum);
                }
                cells.add(cell);
            }
            if (inTable) {
                rows.add(new Row(unit, approved, List.copyOf(cells)));
                if (!approved) {
                    notApproved.add(unit);
                }
            }
        }
        List<ColumnSpec> headed = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            headed.add(columns.get(c).withComparedWith(mostCounted(comparedWith.get(c))));
        }
        List<TotalRow> totals = totals(section, headed, rows);
        List<Highlight> highlights = new HighlightWriter(locale).write(headed, rows, notApproved);
        return new SectionTable(section.code(), section.name(), List.copyOf(headed), List.copyOf(rows), totals,
                highlights, List.copyOf(notApproved));
    }

    /** A cell without an approved figure: why there is none. */
    private static Cell emptyCell(boolean expected, boolean approved, NoFigure mark) {
        if (!expected) {
            return Cell.NOT_APPLICABLE;
        }
        if (!approved) {
            return Cell.NOT_APPROVED;
        }
        return mark != null ? Cell.noFigure(mark) : Cell.NO_VALUE;
    }

    private Cell cell(UnitRef unit, ColumnSpec column, BigDecimal value, Comparison comparison,
                      String comparisonLabel, String headerComparison) {
        Verdict verdict = targets.verdict(column.indicatorId(), unit.typeCode(), value);
        Change change = null;
        if (comparison != null) {
            change = Change.of(column.valueType(), value, comparison.values().get(column.indicatorId()),
                    comparisonLabel, !comparisonLabel.equals(headerComparison));
        }
        return new Cell(Cell.State.VALUE, value, verdict, change);
    }

    /** "Tháng 3/2024": formatted once per month, not once per cell. */
    private String periodLabel(YearMonth month) {
        return periodLabels.computeIfAbsent(month, m -> PeriodLabels.of(m, locale));
    }

    private List<TotalRow> totals(Section section, List<ColumnSpec> columns, List<Row> rows) {
        if (rows.size() < 2) {
            return List.of();
        }
        List<TotalCell> sums = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            sums.add(total(columns.get(c), rows, c));
        }
        List<TotalRow> totals = new ArrayList<>();
        totals.add(new TotalRow(Messages.get(locale, "analytics.total"), Collections.unmodifiableList(sums)));
        Map<String, List<CombinedTotalSpec>> combined = combinedTotals.stream()
                .filter(spec -> spec.sectionCode().equals(section.code()))
                .collect(Collectors.groupingBy(CombinedTotalSpec::label, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Integer> columnIndex = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            columnIndex.put(columns.get(c).indicatorId(), c);
        }
        combined.forEach((label, specs) -> {
            List<TotalCell> cells = new ArrayList<>();
            for (ColumnSpec column : columns) {
                cells.add(combinedCell(column, specs, columnIndex, sums));
            }
            if (cells.stream().anyMatch(Objects::nonNull)) {
                totals.add(new TotalRow(label, Collections.unmodifiableList(cells)));
            }
        });
        return List.copyOf(totals);
    }

    private static TotalCell combinedCell(ColumnSpec column, List<CombinedTotalSpec> specs,
                                          Map<Long, Integer> columnIndex, List<TotalCell> sums) {
        Optional<CombinedTotalSpec> spec = specs.stream()
                .filter(s -> s.indicatorId() == column.indicatorId()).findFirst();
        if (spec.isEmpty() || !columnIndex.containsKey(spec.get().plusIndicatorId())) {
            return null;
        }
        TotalCell own = sums.get(columnIndex.get(column.indicatorId()));
        TotalCell plus = sums.get(columnIndex.get(spec.get().plusIndicatorId()));
        if (own == null || plus == null || own.value() == null || plus.value() == null) {
            return null;
        }
        return new TotalCell(own.value().add(plus.value()), Verdict.NONE, own.contributing() + plus.contributing(),
                own.expected() + plus.expected());
    }

    private TotalCell total(ColumnSpec column, List<Row> rows, int index) {
        List<BigDecimal> values = new ArrayList<>();
        int expected = 0;
        int noFigure = 0;
        for (Row row : rows) {
            Cell cell = row.cells().get(index);
            if (cell.state() != Cell.State.NOT_APPLICABLE) {
                expected++;
            }
            if (cell.state().isNoFigure()) {
                noFigure++;
            }
            if (cell.hasValue()) {
                values.add(cell.value());
            }
        }
        if (expected < 2) {
            return null;
        }
        BigDecimal total = Totals.of(column, values);
        Verdict verdict = targets.totalVerdict(column.indicatorId(), total);
        return new TotalCell(total, verdict, values.size(), expected, noFigure);
    }

    private static String mostCommon(Collection<String> labels) {
        return mostCounted(labels.stream()
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting())));
    }

    /** The label counted most often; on a tie the one counted first. */
    private static String mostCounted(Map<String, Long> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
