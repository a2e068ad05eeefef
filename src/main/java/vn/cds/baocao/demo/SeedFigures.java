package vn.cds.baocao.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The unit figures of one seed report's statistics tables (seed/report_&lt;label&gt;_*.csv), as the demo stores
 * them: TỔNG rows left out, a damaged number with a high-confidence best guess corrected (ANOMALIES.md), each
 * figure with a note naming its source line. The one reading of the seed tables, for the demo loader and for tests
 * that type a seed report in.
 */
public final class SeedFigures {

    /** The seed tables, in the order the reports print them. */
    static final List<String> TABLES = List.of("dvc", "apps", "cert", "payments", "community_teams", "bptoday_users");

    /** A figure of a unit; {@code value} is null for a cell the source leaves unreadable (the note says why). */
    public record Figure(String unitCode, String indicatorCode, BigDecimal value, String note) {
    }

    private SeedFigures() {
    }

    /**
     * Every unit figure of the report labelled {@code reportLabel} ("2024-07").
     *
     * @param sourceFile  the seed document the report was printed in, for the notes
     * @param isIndicator which columns are indicator codes (the others are labels, verdicts, provenance)
     */
    public static List<Figure> of(String reportLabel, String sourceFile, Predicate<String> isIndicator) {
        SeedAnomalies anomalies = new SeedAnomalies(DemoCsv.require("seed/anomalies.csv"));
        List<Figure> figures = new ArrayList<>();
        for (String table : TABLES) {
            DemoCsv.read("seed/report_" + reportLabel + "_" + table + ".csv").ifPresent(rows ->
                    rows.forEach(row -> addRow(reportLabel, sourceFile, isIndicator, anomalies, row, figures)));
        }
        return figures;
    }

    private static void addRow(String label, String sourceFile, Predicate<String> isIndicator,
                               SeedAnomalies anomalies, Map<String, String> row, List<Figure> figures) {
        String unitCode = row.get("unit_code");
        if ("TOTAL".equals(unitCode)) {
            return; // TỔNG rows are computed, never stored
        }
        for (Map.Entry<String, String> cell : row.entrySet()) {
            if (!isIndicator.test(cell.getKey())) {
                continue;
            }
            String source = "Nguồn: " + sourceFile + ", dòng " + row.get("src_line") + ".";
            Optional<Map<String, String>> anomaly = anomalies.of(label, unitCode, cell.getKey());
            BigDecimal printed = cell.getValue().isBlank() ? null : new BigDecimal(cell.getValue());
            BigDecimal corrected = anomaly.flatMap(SeedAnomalies::correction).orElse(null);
            if (printed == null && corrected == null && anomaly.isEmpty()) {
                continue;
            }
            String note = anomaly.map(a -> source + " " + SeedAnomalies.note(a, corrected)).orElse(source);
            figures.add(new Figure(unitCode, cell.getKey(), corrected != null ? corrected : printed, note));
        }
    }
}
