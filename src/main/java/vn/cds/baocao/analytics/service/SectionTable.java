package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;
import java.util.List;
import vn.cds.baocao.indicator.service.Verdict;

/**
 * One "Bảng số liệu" grid: a statistics table of the report for one period, with its TỔNG rows and highlights.
 *
 * @param notApprovedUnits units expected in this table whose report is not approved
 */
public record SectionTable(String code, String name, List<ColumnSpec> columns, List<Row> rows,
                           List<TotalRow> totals, List<Highlight> highlights, List<UnitRef> notApprovedUnits) {

    /** Immutable: one table is shared by every leader's session ({@link SharedPeriodResults}). */
    public SectionTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        totals = List.copyOf(totals);
        highlights = List.copyOf(highlights);
        notApprovedUnits = List.copyOf(notApprovedUnits);
    }

    /** True when at least one approved figure is in the table. */
    public boolean hasValues() {
        return rows.stream().anyMatch(row -> row.cells().stream().anyMatch(Cell::hasValue));
    }

    public record Row(UnitRef unit, boolean approved, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A total row. {@code cells} follow {@code columns}; a null cell has no total (a single-unit or text column).
     */
    public record TotalRow(String label, List<TotalCell> cells) {
    }

    /**
     * @param contributing units whose approved figure is in the total
     * @param expected     units expected to give a figure (contributing + missing)
     * @param noFigure     of the missing, units whose approved report says "không phát sinh/không có số liệu"
     */
    public record TotalCell(BigDecimal value, Verdict verdict, int contributing, int expected, int noFigure) {

        public TotalCell(BigDecimal value, Verdict verdict, int contributing, int expected) {
            this(value, verdict, contributing, expected, 0);
        }

        public boolean isComplete() {
            return contributing == expected;
        }
    }
}
