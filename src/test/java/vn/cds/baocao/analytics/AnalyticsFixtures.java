package vn.cds.baocao.analytics;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.cds.baocao.analytics.service.Cell;
import vn.cds.baocao.analytics.service.ColumnSpec;
import vn.cds.baocao.analytics.service.PeriodRef;
import vn.cds.baocao.analytics.service.PeriodTableService;
import vn.cds.baocao.analytics.service.SectionTable;
import vn.cds.baocao.analytics.service.SectionTable.Row;

/** Small look-ups over the dashboards' results, for readable assertions. */
final class AnalyticsFixtures {

    private AnalyticsFixtures() {
    }

    static PeriodRef period(PeriodTableService service, String key) {
        return service.periods().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    static int column(SectionTable table, String indicatorCode) {
        return IntStream.range(0, table.columns().size())
                .filter(i -> table.columns().get(i).code().equals(indicatorCode)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + indicatorCode));
    }

    static ColumnSpec spec(SectionTable table, String indicatorCode) {
        return table.columns().get(column(table, indicatorCode));
    }

    static Row row(SectionTable table, String unitCode) {
        return table.rows().stream().filter(r -> r.unit().code().equals(unitCode)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + unitCode));
    }

    static Cell cell(SectionTable table, String unitCode, String indicatorCode) {
        return row(table, unitCode).cells().get(column(table, indicatorCode));
    }

    static List<String> units(List<vn.cds.baocao.analytics.service.Highlight.UnitFigure> figures) {
        return figures.stream().map(vn.cds.baocao.analytics.service.Highlight.UnitFigure::unitCode).toList();
    }

    static Map<String, String> seedRow(List<Map<String, String>> seed, String unitCode) {
        return seed.stream().filter(r -> r.get("unit_code").equals(unitCode)).findFirst().orElseThrow();
    }
}
