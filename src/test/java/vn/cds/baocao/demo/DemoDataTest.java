package vn.cds.baocao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.SeedCsv;

/** The demo history holds the seed reports' figures as approved reports, with documented corrections. */
@CdsSpringTest
class DemoDataTest {

    private static final List<String> LABELS = List.of("2022-09", "2024-03", "2024-07");
    private static final List<String> TABLES =
            List.of("dvc", "apps", "cert", "payments", "community_teams", "bptoday_users");

    @Autowired
    JdbcTemplate jdbc;

    private final Map<String, Stored> stored = new HashMap<>();

    @BeforeEach
    void loadStoredValues() {
        jdbc.query("""
                SELECT CONCAT(p.period_year, '-', LPAD(p.period_month, 2, '0')) AS label, u.code AS unit,
                       i.code AS indicator, v.numeric_value, v.note, r.status
                FROM report_value v JOIN report r ON r.id = v.report_id JOIN unit u ON u.id = r.unit_id
                JOIN reporting_period p ON p.id = r.period_id JOIN indicator i ON i.id = v.indicator_id
                WHERE r.created_by = 'system'""", rs -> {
            stored.put(key(rs.getString("label"), rs.getString("unit"), rs.getString("indicator")),
                    new Stored(rs.getBigDecimal("numeric_value"), rs.getString("note"), rs.getString("status")));
        });
    }

    @Test
    void everyPrintedFigureOfEverySeedTableIsStoredAsPrintedUnlessCorrected() {
        Set<String> indicatorCodes = Set.copyOf(jdbc.queryForList("SELECT code FROM indicator", String.class));
        Set<String> corrected = correctedCells();
        int compared = 0;
        for (String label : LABELS) {
            for (String table : TABLES) {
                List<Map<String, String>> rows = readIfPresent("seed/report_" + label + "_" + table + ".csv");
                for (Map<String, String> row : rows) {
                    if ("TOTAL".equals(row.get("unit_code"))) {
                        continue;
                    }
                    for (Map.Entry<String, String> cell : row.entrySet()) {
                        String key = key(label, row.get("unit_code"), cell.getKey());
                        if (!indicatorCodes.contains(cell.getKey()) || cell.getValue().isBlank() || corrected.contains(key)) {
                            continue;
                        }
                        Stored value = stored.get(key);
                        assertThat(value).as(key).isNotNull();
                        assertThat(value.value()).as(key).isEqualByComparingTo(new BigDecimal(cell.getValue()));
                        assertThat(value.status()).isEqualTo("APPROVED");
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(900);
    }

    @Test
    void sampleCellsFromEachTable() {
        assertValue("2024-07", "SO_GDDT", "dossier_online_rate_pct", "98.00");
        assertValue("2024-03", "UBND_DONG_XOAI", "dossier_online_rate_pct", "49.5");
        assertValue("2022-09", "UBND_HON_QUAN", "dvc_online_rate_pct", "88.90");
        assertValue("2024-07", "UBND_DONG_XOAI", "ecabinet_meetings_total", "1584");
        assertValue("2024-07", "SO_TTTT", "official_email_pct", "93.55");
        assertValue("2024-07", "UBND_DONG_XOAI", "antimalware_installs", "537");
        assertValue("2022-09", "VP_UBND_TINH", "ecabinet_meetings_ytd", "696");
        assertValue("2024-07", "UBND_TINH_BINH_PHUOC", "cert_total", "157951");
        assertValue("2024-07", "UBND_DONG_XOAI", "nvtc_amount_ytd", "31308124024");
        assertValue("2022-09", "UBND_LOC_NINH", "hamlet_team_members", "866");
        assertValue("2022-09", "UNSPECIFIED", "bptoday_users", "8933");
        assertValue("2024-03", "TOAN_TINH", "hotline_1022_received", "360");
        assertValue("2024-07", "TOAN_TINH", "cds_web_posts_cumulative", "1887");
        assertValue("2022-09", "TOAN_TINH", "bptoday_users_total", "20225");
    }

    @Test
    void confidentCorrectionsStoreTheCorrectedValueAndKeepThePrintedOneInTheNote() {
        Stored binhLong = stored.get(key("2022-09", "UBND_BINH_LONG", "fee_amount_day"));
        assertThat(binhLong.value()).isEqualByComparingTo("135000");
        assertThat(binhLong.note()).contains("Số in trong báo cáo gốc: 135.", "135.000", "A07", "dòng 332");

        Stored dongPhu = stored.get(key("2022-09", "UBND_DONG_PHU", "fee_amount_ytd"));
        assertThat(dongPhu.value()).as("printed as the unreadable \"52,5\"").isEqualByComparingTo("52500");
        assertThat(dongPhu.note()).contains("52,5", "A16");

        assertThat(stored.get(key("2024-07", "UBND_PHUOC_LONG", "fee_tx_ytd")).value()).isEqualByComparingTo("1300");
    }

    @Test
    void uncertainAnomaliesStayAsPrintedOrEmptyWithANote() {
        Stored email = stored.get(key("2022-09", "SO_NNPTNT", "official_email_pct"));
        assertThat(email.value()).isEqualByComparingTo("0");
        assertThat(email.note()).contains("A37", "giữ nguyên");

        Stored blank = stored.get(key("2024-07", "TT_XTDT_TMDL", "antimalware_installs"));
        assertThat(blank.value()).as("a blank cell is never invented").isNull();
        assertThat(blank.note()).contains("A25");
    }

    @Test
    void aFigurePrintedForTwoWindowsKeepsThePeriodOneAndNotesTheOther() {
        Stored hotline = stored.get(key("2022-09", "TOAN_TINH", "hotline_1022_received"));
        assertThat(hotline.value()).isEqualByComparingTo("123");
        assertThat(hotline.note()).contains("1.170", "01/01/2022");
    }

    @Test
    void everySeedReportIsApprovedWithAHistoryEntry() {
        assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM report WHERE created_by = 'system' AND status <> 'APPROVED'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM report r WHERE r.created_by = 'system'
                AND NOT EXISTS (SELECT 1 FROM report_event e WHERE e.report_id = r.id)""", Long.class)).isZero();
        Map<String, Long> perPeriod = new HashMap<>();
        jdbc.query("""
                SELECT p.period_year, p.period_month, COUNT(*) FROM report r JOIN reporting_period p ON p.id = r.period_id
                WHERE r.created_by = 'system' GROUP BY p.period_year, p.period_month""",
                rs -> { perPeriod.put(rs.getInt(1) + "-" + rs.getInt(2), rs.getLong(3)); });
        // 33 units + e-certification + province figures (+ the "Không xác định" app-user bucket in 2022-09)
        assertThat(perPeriod).containsEntry("2022-9", 36L).containsEntry("2024-3", 35L).containsEntry("2024-7", 35L);
    }

    private void assertValue(String label, String unit, String indicator, String expected) {
        Stored value = stored.get(key(label, unit, indicator));
        assertThat(value).as(key(label, unit, indicator)).isNotNull();
        assertThat(value.value()).as(key(label, unit, indicator)).isEqualByComparingTo(expected);
        assertThat(value.note()).startsWith("Nguồn: ");
    }

    private static Set<String> correctedCells() {
        return Set.copyOf(SeedCsv.read("seed/anomalies.csv").stream()
                .filter(a -> "damaged number".equals(a.get("category")) && "high".equals(a.get("confidence")))
                .map(a -> key(a.get("report"), a.get("unit_code"), a.get("column")))
                .toList());
    }

    private static List<Map<String, String>> readIfPresent(String path) {
        return DemoDataTest.class.getClassLoader().getResource("db-changelog/data/" + path) == null
                ? List.of() : SeedCsv.read(path);
    }

    private static String key(String label, String unit, String indicator) {
        return label + "|" + unit + "|" + indicator;
    }

    private record Stored(BigDecimal value, String note, String status) {
    }
}
