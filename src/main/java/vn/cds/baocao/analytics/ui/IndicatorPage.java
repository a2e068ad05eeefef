package vn.cds.baocao.analytics.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cds.baocao.analytics.service.ColumnSpec;
import vn.cds.baocao.analytics.service.Highlight;
import vn.cds.baocao.analytics.service.SectionTable;

/** Indicators {@code from} (inclusive) to {@code to} (exclusive) of a table, shown in one grid. */
record IndicatorPage(int from, int to) {

    /**
     * Consecutive pages of indicators with at most {@code maxColumns} grid columns each, given each indicator's
     * columns (figure, verdict, change); an indicator wider than the limit gets a page of its own.
     */
    static List<IndicatorPage> split(int[] columnsPerIndicator, int maxColumns) {
        List<IndicatorPage> pages = new ArrayList<>();
        int from = 0;
        int columns = 0;
        for (int c = 0; c < columnsPerIndicator.length; c++) {
            if (c > from && columns + columnsPerIndicator[c] > maxColumns) {
                pages.add(new IndicatorPage(from, c));
                from = c;
                columns = 0;
            }
            columns += columnsPerIndicator[c];
        }
        pages.add(new IndicatorPage(from, columnsPerIndicator.length));
        return pages;
    }

    /** The table's highlights of this page's indicators, and those of the whole table (no indicator). */
    List<Highlight> highlights(SectionTable table) {
        Set<String> shown = table.columns().subList(from, to).stream().map(ColumnSpec::code)
                .collect(Collectors.toSet());
        return table.highlights().stream()
                .filter(h -> h.indicatorCode() == null || shown.contains(h.indicatorCode())).toList();
    }
}
