package vn.cds.baocao.analytics;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.cds.baocao.Application;
import vn.cds.baocao.analytics.service.PeriodTableService;
import vn.cds.baocao.analytics.service.RankingService;
import vn.cds.baocao.analytics.service.SectionTable;
import vn.cds.baocao.analytics.service.TrendService;
import vn.cds.baocao.base.database.EmbeddedMariaDb;
import vn.cds.baocao.base.i18n.Messages;

/**
 * The dashboards on 3,500 units × 40 indicators × 60 periods of synthetic approved data, in a real MariaDB
 * (embedded, in its own temporary directory — never the demo database). Not a test: run it by hand, see
 * docs/benchmarks.md for the command. Prints the timings of the service calls and of the same reads as raw SQL,
 * first with 30 periods of history, then with 60, to show that the figures do not grow with the history.
 */
public final class AnalyticsBenchmark {

    static final int UNITS = 3_500;
    static final int INDICATORS = 40;
    static final int PERIODS = 60;
    static final int FIRST_YEAR = 2020;
    static final int WARM_UP = 10;
    static final int RUNS = 15;
    static final int TREND_PERIODS = 36;
    static final int TREND_UNITS = 5;

    private final JdbcTemplate jdbc;
    private final EmbeddedMariaDb server;
    private final PeriodTableService tables;
    private final RankingService rankings;
    private final TrendService trends;
    private final List<String> lines = new ArrayList<>();

    private AnalyticsBenchmark(ConfigurableApplicationContext context) {
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.server = context.getBean(EmbeddedMariaDb.class);
        this.tables = context.getBean(PeriodTableService.class);
        this.rankings = context.getBean(RankingService.class);
        this.trends = context.getBean(TrendService.class);
    }

    public static void main(String[] args) throws SQLException {
        Locale.setDefault(Locale.of("vi", "VN"));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .properties(Map.of(
                        "server.port", "0",
                        "vaadin.productionMode", "true",
                        "cds.embedded-db.port", "0",
                        "cds.embedded-db.temporary", "true",
                        "spring.liquibase.contexts", "production",
                        "cds.periods.auto-create", "false",
                        "logging.level.root", "WARN",
                        "spring.jpa.open-in-view", "false"))
                .run(args)) {
            new AnalyticsBenchmark(context).run();
        }
    }

    private void run() throws SQLException {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "benchmark", "n/a", List.of(new SimpleGrantedAuthority("ROLE_LEADER"))));
        // as a production server would be set up; the embedded default (128 MB) is for the demo
        // a server setting: root's, not the application's account
        try (Connection root = server.openRootConnection(""); Statement statement = root.createStatement()) {
            statement.execute("SET GLOBAL innodb_buffer_pool_size = 3221225472");
        }
        long started = System.nanoTime();
        createReferenceData();
        generate(1, PERIODS / 2);
        if (Boolean.getBoolean("bench.profile")) {
            profile(PERIODS / 2);
            return;
        }
        log("Generated %,d approved reports × %d indicators (30 periods) in %d s", UNITS * PERIODS / 2, INDICATORS,
                seconds(started));
        measure(PERIODS / 2);
        started = System.nanoTime();
        generate(PERIODS / 2 + 1, PERIODS);
        log("Generated the other 30 periods in %d s: %,d reports, %,d values", seconds(started),
                jdbc.queryForObject("SELECT COUNT(*) FROM report", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM report_value", Long.class));
        measure(PERIODS);
        System.out.println();
        System.out.println("==== Analytics benchmark ====");
        lines.forEach(System.out::println);
    }

    private void createReferenceData() {
        jdbc.update("INSERT INTO unit_type (code, name_vi, name_en, display_order, reporting) "
                + "VALUES ('BENCH', 'Đơn vị thử tải', 'Benchmark unit', 99, TRUE)");
        jdbc.update("INSERT INTO indicator_section (code, name_vi, name_en, display_order) "
                + "VALUES ('BENCH', 'Bảng thử tải', 'Benchmark table', 99)");
        List<Object[]> units = new ArrayList<>();
        for (int u = 1; u <= UNITS; u++) {
            units.add(new Object[] {"BENCH_" + u, "Đơn vị thử tải " + u, "ĐV " + u, 1000 + u});
        }
        jdbc.batchUpdate("INSERT INTO unit (code, full_name, short_name, type_code, valid_from, display_order) "
                + "VALUES (?, ?, ?, 'BENCH', '2019-01-01', ?)", units);
        for (int i = 1; i <= INDICATORS; i++) {
            boolean percent = i % 2 == 1;
            jdbc.update("INSERT INTO indicator (code, section_code, name_vi, short_name_vi, name_en, value_type, "
                            + "aggregation, display_order, valid_from) VALUES (?, 'BENCH', ?, ?, ?, ?, ?, ?, '2019-01-01')",
                    "bench_" + i, "Chỉ số thử tải " + i, "Chỉ số " + i, "Benchmark indicator " + i,
                    percent ? "PERCENT" : "COUNT", percent ? "MEAN" : "SUM", 1000 + i);
        }
        jdbc.update("INSERT INTO indicator_unit_type (indicator_id, unit_type_code) "
                + "SELECT id, 'BENCH' FROM indicator WHERE section_code = 'BENCH'");
        jdbc.update("INSERT INTO target (indicator_id, target_year, comparator, target_value, source) "
                + "SELECT id, y.target_year, 'GE', 80, 'benchmark' FROM indicator i CROSS JOIN (SELECT 2020 AS target_year "
                + "UNION SELECT 2021 UNION SELECT 2022 UNION SELECT 2023 UNION SELECT 2024) y "
                + "WHERE i.section_code = 'BENCH' AND i.value_type = 'PERCENT'");
        for (int p = 1; p <= PERIODS; p++) {
            int year = FIRST_YEAR + (p - 1) / 12;
            int month = (p - 1) % 12 + 1;
            java.time.YearMonth ym = java.time.YearMonth.of(year, month);
            jdbc.update("INSERT INTO reporting_period (period_year, period_month, label, data_from, data_to, deadline, "
                            + "status) VALUES (?, ?, ?, ?, ?, ?, 'CLOSED')", year, month,
                    "Tháng " + month + "/" + year, ym.minusMonths(1).atDay(15), ym.atDay(14), ym.atDay(20));
        }
    }

    /** Periods {@code from}..{@code to} (1-based): every unit approved, 40 figures each; 2 % still submitted. */
    private void generate(int from, int to) {
        for (int p = from; p <= to; p++) {
            int year = FIRST_YEAR + (p - 1) / 12;
            int month = (p - 1) % 12 + 1;
            long period = jdbc.queryForObject("SELECT id FROM reporting_period WHERE period_year = ? AND period_month = ?",
                    Long.class, year, month);
            jdbc.update("INSERT INTO report (unit_id, period_id, status, created_at, created_by, updated_at, updated_by) "
                    + "SELECT u.id, ?, IF(MOD(u.id, 50) = 0, 'SUBMITTED', 'APPROVED'), NOW(), 'bench', NOW(), 'bench' "
                    + "FROM unit u WHERE u.type_code = 'BENCH'", period);
            jdbc.update("INSERT INTO report_value (report_id, indicator_id, numeric_value) "
                    + "SELECT r.id, i.id, IF(i.value_type = 'PERCENT', ROUND(40 + RAND() * 60, 2), FLOOR(RAND() * 2000)) "
                    + "FROM report r CROSS JOIN indicator i "
                    + "WHERE r.period_id = ? AND i.section_code = 'BENCH'", period);
        }
        jdbc.execute("ANALYZE TABLE report, report_value");
    }

    private void measure(int lastPeriod) {
        int year = FIRST_YEAR + (lastPeriod - 1) / 12;
        int month = (lastPeriod - 1) % 12 + 1;
        long period = jdbc.queryForObject("SELECT id FROM reporting_period WHERE period_year = ? AND period_month = ?",
                Long.class, year, month);
        long previous = jdbc.queryForObject("SELECT id FROM reporting_period WHERE period_year = ? AND period_month = ?",
                Long.class, month == 1 ? year - 1 : year, month == 1 ? 12 : month - 1);
        long indicator = jdbc.queryForObject("SELECT id FROM indicator WHERE code = 'bench_1'", Long.class);
        List<Long> someUnits = jdbc.queryForList("SELECT id FROM unit WHERE type_code = 'BENCH' ORDER BY id LIMIT "
                + TREND_UNITS, Long.class);
        List<Long> trendPeriods = jdbc.queryForList("SELECT id FROM reporting_period WHERE "
                + "period_year * 12 + period_month <= ? ORDER BY period_year DESC, period_month DESC LIMIT "
                + TREND_PERIODS, Long.class, year * 12 + month);
        String unitList = String.join(",", someUnits.stream().map(String::valueOf).toList());
        String periodList = String.join(",", trendPeriods.stream().map(String::valueOf).toList());
        log("");
        log("History: %d periods in the database; measured period Tháng %d/%d", lastPeriod, month, year);
        log("%-52s %10s %10s %10s", "", "median ms", "min ms", "max ms");
        String units = "SELECT u.id, u.code, u.short_name, u.full_name, u.type_code, t.name_vi, t.name_en, t.reporting, "
                + "u.valid_from, u.valid_to, u.display_order, t.display_order FROM unit u "
                + "JOIN unit_type t ON t.code = u.type_code ORDER BY u.display_order, u.id";
        String approvedUnits = "SELECT unit_id FROM report WHERE status = 'APPROVED' AND period_id = ";

        time("Bảng số liệu, full period (service)", () -> {
            List<SectionTable> sections = tables.tables(period, null, Messages.VIETNAMESE).sections();
            return sections.getFirst().rows().size();
        });
        time("  same queries as raw SQL", () -> rawCount(units)
                + rawCount(approvedUnits + period) + rawCount(approvedUnits + previous)
                + rawCount("SELECT r.unit_id, v.indicator_id, v.numeric_value FROM report r JOIN report_value v "
                        + "ON v.report_id = r.id WHERE r.period_id = " + period + " AND r.status = 'APPROVED'")
                        + rawCount("SELECT r.unit_id, v.indicator_id, v.numeric_value FROM report r JOIN report_value v "
                        + "ON v.report_id = r.id WHERE r.period_id = " + previous + " AND r.status = 'APPROVED'"));
        time("Ranking of one indicator (service)", () -> rankings.ranking(period, indicator, null, Messages.VIETNAMESE).rows().size());
        time("  same queries as raw SQL", () -> rawCount(units) + rawCount(approvedUnits + period)
                + rawCount("SELECT r.unit_id, v.numeric_value FROM report r JOIN report_value v ON v.report_id = r.id "
                        + "AND v.indicator_id = " + indicator + " WHERE r.period_id = " + period
                        + " AND r.status = 'APPROVED'")
                        + rawCount("SELECT r.unit_id, v.numeric_value FROM report r JOIN report_value v "
                        + "ON v.report_id = r.id AND v.indicator_id = " + indicator + " WHERE r.period_id = " + previous
                        + " AND r.status = 'APPROVED'"));
        time("Trend, 36 periods, 5 units + mean (service)", () ->
                trends.trend(indicator, period, TREND_PERIODS, someUnits, Messages.VIETNAMESE).periodLabels().size());
        time("  same queries as raw SQL", () -> rawCount(units)
                + rawCount("SELECT r.period_id, r.unit_id, v.numeric_value FROM report r JOIN report_value v "
                        + "ON v.report_id = r.id AND v.indicator_id = " + indicator + " WHERE r.period_id IN ("
                        + periodList + ") AND r.status = 'APPROVED' AND r.unit_id IN (" + unitList + ")")
                        + rawCount("SELECT r.period_id, AVG(v.numeric_value), COUNT(*) FROM report r JOIN report_value v "
                        + "ON v.report_id = r.id AND v.indicator_id = " + indicator + " WHERE r.period_id IN ("
                        + periodList + ") AND r.status = 'APPROVED' GROUP BY r.period_id"));
    }

    /** For a profiler: the service calls in a loop (-Dbench.profile=true). */
    private void profile(int lastPeriod) {
        long period = jdbc.queryForObject("SELECT id FROM reporting_period WHERE period_year * 12 + period_month = ?",
                Long.class, (FIRST_YEAR + (lastPeriod - 1) / 12) * 12 + (lastPeriod - 1) % 12 + 1);
        long indicator = jdbc.queryForObject("SELECT id FROM indicator WHERE code = 'bench_1'", Long.class);
        for (int i = 0; i < 400; i++) {
            rankings.ranking(period, indicator, null, Messages.VIETNAMESE);
        }
        for (int i = 0; i < 15; i++) {
            tables.tables(period, null, Messages.VIETNAMESE);
        }
    }

    private int rawCount(String sql) {
        int[] rows = {0};
        jdbc.query(sql, rs -> {
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                rs.getObject(c);
            }
            rows[0]++;
        });
        return rows[0];
    }

    private void time(String label, Supplier<Integer> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            micros.add((System.nanoTime() - start) / 1_000);
        }
        micros.sort(Long::compare);
        log("%-52s %10.1f %10.1f %10.1f", label, micros.get(RUNS / 2) / 1000.0, micros.getFirst() / 1000.0,
                micros.getLast() / 1000.0);
    }

    private void log(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        lines.add(line);
        System.out.println(line);
    }

    private static long seconds(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toSeconds();
    }
}
