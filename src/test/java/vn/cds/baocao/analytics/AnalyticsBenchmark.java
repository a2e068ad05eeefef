package vn.cds.baocao.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import javax.management.ObjectName;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.cds.baocao.Application;
import vn.cds.baocao.analytics.service.PeriodTableService;
import vn.cds.baocao.analytics.service.RankingService;
import vn.cds.baocao.analytics.service.TrendService;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.browser.Browser;

/**
 * The leader's dashboard "Tổng quan kỳ báo cáo" on 3,500 units × 40 indicators × 60 periods of synthetic approved
 * data, in a real (embedded) MariaDB with the product's own settings. Measures, signed in as a LEADER:
 * <ul>
 *   <li>the services (the period's tables computed, and answered from the shared result), and the same reads as
 *       raw SQL;</li>
 *   <li>the screen in headless Chromium: first rows of the 3,500-unit table visible, the server's part of it (time
 *       to first byte of Vaadin's requests), the bytes of Vaadin's responses (median of 5 after warm-up);</li>
 *   <li>the heap retained per leader session: {@code jcmd <pid> GC.class_histogram} before and after N more
 *       leaders (a Chromium each) opened the screen.</li>
 * </ul>
 * Not part of the suite: {@code ./mvnw -B test -Pbenchmark} (docs/benchmarks.md, "Where users wait"). The
 * database folder ({@code -Dbench.db}, default {@code data/benchmark-db}) is kept: a second run reuses its data
 * instead of generating it again ({@code -Dbench.fresh=true} starts over).
 */
@Tag("benchmark")
public class AnalyticsBenchmark {

    static final int UNITS = Integer.getInteger("bench.units", 3_500);
    static final int INDICATORS = Integer.getInteger("bench.indicators", 40);
    static final int PERIODS = Integer.getInteger("bench.periods", 60);
    static final int SESSIONS = Integer.getInteger("bench.sessions", 5);
    static final int BROWSER_RUNS = Integer.getInteger("bench.browserRuns", 5);
    static final int BROWSER_WARM_UP = Integer.getInteger("bench.browserWarmUp", 2);
    static final int FIRST_YEAR = 2020;
    static final int WARM_UP = Integer.getInteger("bench.warmUp", 5);
    static final int RUNS = Integer.getInteger("bench.runs", 11);
    static final int TREND_PERIODS = 36;
    static final int TREND_UNITS = 5;
    static final String LEADER = "bench-leader";
    static final String PASSWORD = "Benchmark-2026!";
    static final String SHARED_RESULTS = "vn.cds.baocao.analytics.service.SharedPeriodResults";

    private JdbcTemplate jdbc;
    private PeriodTableService tables;
    private RankingService rankings;
    private TrendService trends;
    private ConfigurableApplicationContext context;
    private int port;
    private final List<String> lines = new ArrayList<>();

    /** {@code ./mvnw -B test -Pbenchmark} runs this. */
    @Test
    void leaderDashboard() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.of("vi", "VN"));
        Path db = Path.of(System.getProperty("bench.db", "data/benchmark-db")).toAbsolutePath().normalize();
        if (Boolean.getBoolean("bench.fresh")) {
            deleteTree(db);
        }
        // Command-line arguments: they win over application.yml (default properties would not).
        List<String> settings = new ArrayList<>(List.of(
                "--server.port=0",
                "--vaadin.productionMode=true",
                "--cds.embedded-db.port=0",
                "--cds.embedded-db.temporary=false",
                "--cds.embedded-db.directory=" + db,
                "--spring.liquibase.contexts=production",
                "--cds.periods.auto-create=false",
                "--cds.notifications.deadline.cron=-",
                "--cds.notifications.mail.retry-cron=-",
                "--logging.level.root=WARN"));
        settings.addAll(List.of(args));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .run(settings.toArray(String[]::new))) {
            new AnalyticsBenchmark().run(context, db);
        }
    }

    private void run(ConfigurableApplicationContext context, Path db) throws Exception {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.tables = context.getBean(PeriodTableService.class);
        this.rankings = context.getBean(RankingService.class);
        this.trends = context.getBean(TrendService.class);
        this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "benchmark", "n/a", List.of(new SimpleGrantedAuthority("ROLE_LEADER"))));
        log("==== Leader dashboard benchmark, %s ====", LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        log("Code: %s; shared results: %s", System.getProperty("bench.label", "(bench.label not set)"),
                sharedResults(context) == null ? "none (before issue 14)" : "yes");
        log("Database: %s, innodb_buffer_pool_size %,d bytes (the product's own settings)", db,
                jdbc.queryForObject("SELECT @@innodb_buffer_pool_size", Long.class));
        log("Size: %,d units × %d indicators × %d periods; JVM max heap %,d MiB", UNITS, INDICATORS, PERIODS,
                Runtime.getRuntime().maxMemory() >> 20);

        long reports = benchReports();
        // the 3,500-unit table is the first one the leader sees (the screen builds the tables below it only when
        // they are scrolled near); folders generated before this line had it last
        jdbc.update("UPDATE indicator_section SET display_order = 0 WHERE code = 'BENCH'");
        if (Boolean.getBoolean("bench.probe")) {
            probe(month(PERIODS));
            return;
        }
        if (reports == (long) UNITS * PERIODS) {
            log("Reusing the generated data: %,d reports, %,d values", reports,
                    jdbc.queryForObject("SELECT COUNT(*) FROM report_value", Long.class));
            if (!Boolean.getBoolean("bench.lastOnly")) {
                measure(PERIODS / 2, PERIODS, false);
            }
            measure(PERIODS, PERIODS, true);
        } else {
            if (reports != 0 || benchUnits() != 0) {
                throw new IllegalStateException("The folder " + db + " holds other data (" + reports
                        + " benchmark reports): run with -Dbench.fresh=true");
            }
            long started = System.nanoTime();
            createReferenceData();
            generate(1, PERIODS / 2);
            log("Generated %,d reports × %d indicators (%d periods) in %d s", UNITS * PERIODS / 2, INDICATORS,
                    PERIODS / 2, seconds(started));
            boolean generateOnly = Boolean.getBoolean("bench.generateOnly");
            if (!generateOnly && !Boolean.getBoolean("bench.lastOnly")) {
                measure(PERIODS / 2, PERIODS / 2, false);
            }
            started = System.nanoTime();
            generate(PERIODS / 2 + 1, PERIODS);
            log("Generated the other %d periods in %d s: %,d reports, %,d values", PERIODS / 2, seconds(started),
                    jdbc.queryForObject("SELECT COUNT(*) FROM report", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM report_value", Long.class));
            if (!generateOnly) {
                measure(PERIODS, PERIODS, true);
            }
        }
        System.out.println();
        lines.forEach(System.out::println);
        Path out = Path.of("target", "benchmark");
        Files.createDirectories(out);
        Path file = out.resolve("leader-dashboard-" + System.currentTimeMillis() + ".txt");
        Files.write(file, lines, StandardCharsets.UTF_8);
        System.out.println("Written to " + file.toAbsolutePath());
    }

    private long benchReports() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM report r JOIN unit u ON u.id = r.unit_id "
                + "WHERE u.type_code = 'BENCH'", Long.class);
    }

    private long benchUnits() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE type_code = 'BENCH'", Long.class);
    }

    // ---------------------------------------------------------------- data

    private void createReferenceData() {
        jdbc.update("INSERT INTO unit_type (code, name_vi, name_en, display_order, reporting) "
                + "VALUES ('BENCH', 'Đơn vị thử tải', 'Benchmark unit', 99, TRUE)");
        jdbc.update("INSERT INTO indicator_section (code, name_vi, name_en, display_order) "
                + "VALUES ('BENCH', 'Bảng thử tải', 'Benchmark table', 0)");
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
            YearMonth ym = month(p);
            jdbc.update("INSERT INTO reporting_period (period_year, period_month, label, data_from, data_to, deadline, "
                            + "status) VALUES (?, ?, ?, ?, ?, ?, 'CLOSED')", ym.getYear(), ym.getMonthValue(),
                    "Tháng " + ym.getMonthValue() + "/" + ym.getYear(), ym.minusMonths(1).atDay(15), ym.atDay(14),
                    ym.atDay(20));
        }
        jdbc.update("INSERT INTO app_user (username, password_hash, full_name) VALUES (?, ?, 'Lãnh đạo thử tải')",
                LEADER, context.getBean(PasswordEncoder.class).encode(PASSWORD));
        jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT id, 'LEADER' FROM app_user WHERE username = ?",
                LEADER);
    }

    /** Periods {@code from}..{@code to} (1-based): every unit approved, 40 figures each; 2 % still submitted. */
    private void generate(int from, int to) {
        for (int p = from; p <= to; p++) {
            long period = periodId(p);
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

    private static YearMonth month(int p) {
        return YearMonth.of(FIRST_YEAR + (p - 1) / 12, (p - 1) % 12 + 1);
    }

    private long periodId(int p) {
        YearMonth ym = month(p);
        return jdbc.queryForObject("SELECT id FROM reporting_period WHERE period_year = ? AND period_month = ?",
                Long.class, ym.getYear(), ym.getMonthValue());
    }

    // ---------------------------------------------------------------- measurements

    private void measure(int measured, int history, boolean heap) throws Exception {
        YearMonth ym = month(measured);
        long period = periodId(measured);
        long previous = periodId(measured - 1);
        long indicator = jdbc.queryForObject("SELECT id FROM indicator WHERE code = 'bench_1'", Long.class);
        List<Long> someUnits = jdbc.queryForList("SELECT id FROM unit WHERE type_code = 'BENCH' ORDER BY id LIMIT "
                + TREND_UNITS, Long.class);
        List<Long> trendPeriods = jdbc.queryForList("SELECT id FROM reporting_period WHERE "
                + "period_year * 12 + period_month <= ? ORDER BY period_year DESC, period_month DESC LIMIT "
                + TREND_PERIODS, Long.class, ym.getYear() * 12 + ym.getMonthValue());
        String unitList = String.join(",", someUnits.stream().map(String::valueOf).toList());
        String periodList = String.join(",", trendPeriods.stream().map(String::valueOf).toList());
        log("");
        log("History: %d periods with reports in the database; measured period Tháng %d/%d", history,
                ym.getMonthValue(), ym.getYear());
        log("Load average before: %s", loadAverage());
        log("%-58s %10s %10s %10s", "", "median ms", "min ms", "max ms");
        String units = "SELECT u.id, u.code, u.short_name, u.full_name, u.type_code, t.name_vi, t.name_en, t.reporting, "
                + "u.valid_from, u.valid_to, u.display_order, t.display_order FROM unit u "
                + "JOIN unit_type t ON t.code = u.type_code ORDER BY u.display_order, u.id";
        String approvedUnits = "SELECT unit_id FROM report WHERE status = 'APPROVED' AND period_id = ";

        double computed = time("Bảng số liệu, full period, computed (service)", () -> {
            clearShared();
            return tables.tables(period, null, Messages.VIETNAMESE).sections().size();
        });
        double shared = time("Bảng số liệu, full period, another leader (service)",
                () -> tables.tables(period, null, Messages.VIETNAMESE).sections().size());
        double raw = time("  same queries as raw SQL", () -> rawCount(units)
                + rawCount(approvedUnits + period) + rawCount(approvedUnits + previous)
                + rawCount("SELECT r.unit_id, v.indicator_id, v.numeric_value FROM report r JOIN report_value v "
                        + "ON v.report_id = r.id WHERE r.period_id = " + period + " AND r.status = 'APPROVED'")
                + rawCount("SELECT r.unit_id, v.indicator_id, v.numeric_value FROM report r JOIN report_value v "
                        + "ON v.report_id = r.id WHERE r.period_id = " + previous + " AND r.status = 'APPROVED'")
                + rawCount("SELECT r.unit_id, v.indicator_id, v.no_figure FROM report r JOIN report_value v "
                        + "ON v.report_id = r.id WHERE r.period_id = " + period + " AND r.status = 'APPROVED' "
                        + "AND v.no_figure IS NOT NULL"));
        time("Period list with approved counts, computed (service)", () -> {
            clearShared();
            return tables.periods().size();
        });
        time("Ranking of one indicator (service)",
                () -> rankings.ranking(period, indicator, null, Messages.VIETNAMESE).rows().size());
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

        String path = "tong-quan?ky=" + ym;
        ScreenLoad screen = browserLoads(path);
        log("Screen \"Tổng quan kỳ báo cáo\" in headless Chromium, median of %d after %d warm-up loads:", BROWSER_RUNS,
                BROWSER_WARM_UP);
        log("  first rows of the 3,500-unit table visible                 %10.1f ms (min %.1f, max %.1f)",
                screen.firstRows().median(), screen.firstRows().min(), screen.firstRows().max());
        log("  server's part (time to first byte of Vaadin's requests)    %10.1f ms (min %.1f, max %.1f)",
                screen.server().median(), screen.server().min(), screen.server().max());
        log("  Vaadin's responses until then: %,d bytes uncompressed, %,d on the wire, %d requests", screen.bytes(),
                screen.wireBytes(), screen.requests());
        log("Ratios: tables computed / raw SQL %.2f×; another leader / raw SQL %.2f×; screen's server part / raw SQL "
                + "%.2f×", computed / raw, shared / raw, screen.server().median() / raw);
        if (heap) {
            heapPerSession(path);
        }
        log("Load average after: %s", loadAverage());
    }

    private record Stats(double median, double min, double max) {

        static Stats of(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            return new Stats(sorted.get(sorted.size() / 2), sorted.getFirst(), sorted.getLast());
        }
    }

    private record ScreenLoad(Stats firstRows, Stats server, long bytes, long wireBytes, long requests) {
    }

    /** The screen loaded in one browser: warm-up loads, then the measured ones. */
    private ScreenLoad browserLoads(String path) {
        try (Browser browser = new Browser(port)) {
            browser.login(LEADER, PASSWORD);
            List<Double> firstRows = new ArrayList<>();
            List<Double> serverMs = new ArrayList<>();
            long bytes = 0;
            long wire = 0;
            long requests = 0;
            for (int i = 0; i < BROWSER_WARM_UP + BROWSER_RUNS; i++) {
                long start = System.nanoTime();
                openUntilFirstRows(browser, path);
                double elapsed = (System.nanoTime() - start) / 1e6;
                @SuppressWarnings("unchecked")
                List<Number> vaadin = (List<Number>) ((JavascriptExecutor) browser.driver()).executeScript(
                        "const rs = performance.getEntriesByType('resource').filter(e => e.name.includes('v-r='));"
                                + "return [rs.reduce((s, e) => s + (e.responseStart - e.requestStart), 0),"
                                + " rs.reduce((s, e) => s + e.decodedBodySize, 0),"
                                + " rs.reduce((s, e) => s + e.transferSize, 0), rs.length];");
                if (i >= BROWSER_WARM_UP) {
                    firstRows.add(elapsed);
                    serverMs.add(vaadin.get(0).doubleValue());
                    bytes = vaadin.get(1).longValue();
                    wire = vaadin.get(2).longValue();
                    requests = vaadin.get(3).longValue();
                }
            }
            return new ScreenLoad(Stats.of(firstRows), Stats.of(serverMs), bytes, wire, requests);
        }
    }

    /** Opens the screen and returns once the big table shows its first unit ("ĐV 1"). */
    private static void openUntilFirstRows(Browser browser, String path) {
        browser.driver().get(browser.driver().getCurrentUrl().replaceAll("^(https?://[^/]+)/.*$", "$1") + "/" + path);
        browser.waiting().withTimeout(Duration.ofMinutes(2)).pollingEvery(Duration.ofMillis(10)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript(
                        "const g = document.querySelector('#bang-bench vaadin-grid');"
                                + "return !!g && Array.from(g.querySelectorAll('vaadin-grid-cell-content'))"
                                + ".some(c => c.textContent === 'ĐV 1');")));
    }

    /**
     * For looking into the screen's answer ({@code -Dbench.probe=true}, existing data): opens the screen, then
     * switches period through the router with the responses recorded, and writes them to target/benchmark.
     */
    private void probe(YearMonth month) throws IOException {
        try (Browser browser = new Browser(port)) {
            browser.login(LEADER, PASSWORD);
            openUntilFirstRows(browser, "tong-quan?ky=" + month);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("window.__answers = [];"
                    + "const open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;"
                    + "XMLHttpRequest.prototype.send = function(b) { this.addEventListener('load', () =>"
                    + " window.__answers.push(this.responseText)); return send.call(this, b); };"
                    + "const f = window.fetch; window.fetch = (...a) => f(...a).then(r => { r.clone().text()"
                    + ".then(t => window.__answers.push(t)); return r; });");
            js.executeScript("history.pushState({}, '', 'tong-quan?ky=" + month.minusMonths(1) + "');"
                    + "window.dispatchEvent(new PopStateEvent('popstate', {state: {}}));");
            browser.waiting().until(d -> Boolean.TRUE.equals(js.executeScript(
                    "return window.__answers.length > 0 && document.body.innerText.includes('Tháng "
                            + month.minusMonths(1).getMonthValue() + "/');")));
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            @SuppressWarnings("unchecked")
            List<String> answers = (List<String>) js.executeScript("return window.__answers;");
            Path out = Path.of("target", "benchmark");
            Files.createDirectories(out);
            for (int i = 0; i < answers.size(); i++) {
                Files.writeString(out.resolve("probe-" + i + ".json"), answers.get(i));
                log("probe answer %d: %,d characters", i, answers.get(i).length());
            }
        }
    }

    /** {@code jcmd GC.class_histogram} (a full GC, live objects only) before and after N leaders opened the screen. */
    private void heapPerSession(String path) throws Exception {
        try (Browser warm = new Browser(port)) {
            warm.login(LEADER, PASSWORD);
            openUntilFirstRows(warm, path);
        }
        Map<String, Long> before = histogram();
        List<Browser> leaders = new ArrayList<>();
        try {
            for (int i = 0; i < SESSIONS; i++) {
                Browser browser = new Browser(port);
                leaders.add(browser);
                browser.login(LEADER, PASSWORD);
                openUntilFirstRows(browser, path);
                browser.waitFor(By.id("tab-bang-so-lieu"));
            }
            Map<String, Long> after = histogram();
            long delta = after.get("Total") - before.get("Total");
            log("Heap of live objects (jcmd GC.class_histogram): %,d bytes before, %,d after %d more leader sessions "
                    + "on the screen: %,.0f KiB (%.2f MiB) per session", before.get("Total"), after.get("Total"),
                    SESSIONS, delta / 1024.0 / SESSIONS, delta / 1048576.0 / SESSIONS);
            log("  largest growths per session:");
            after.entrySet().stream().filter(e -> !e.getKey().equals("Total"))
                    .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(6)
                    .forEach(e -> log("    %-70s %,10.0f KiB", e.getKey(), e.getValue() / 1024.0 / SESSIONS));
        } finally {
            leaders.forEach(Browser::close);
        }
    }

    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

    /**
     * The same command as {@code jcmd <pid> GC.class_histogram}, run in this JVM through its DiagnosticCommand MBean:
     * the external jcmd's attach hung in the Surefire fork (1/12/2026).
     */
    private static Map<String, Long> histogram() throws Exception {
        String output = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, Long> bytes = new HashMap<>();
        for (String line : output.split("\n")) {
            Matcher total = HISTOGRAM_TOTAL.matcher(line);
            Matcher row = HISTOGRAM_LINE.matcher(line);
            if (total.find()) {
                bytes.put("Total", Long.parseLong(total.group(2)));
            } else if (row.find()) {
                bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
            }
        }
        return bytes;
    }

    /** Drops the shared results (when the code has them), so that the next call computes. */
    private void clearShared() {
        clearShared(context);
    }

    /** {@link #clearShared()} for any benchmark's application (the other benchmarks of this package). */
    static void clearShared(ApplicationContext context) {
        Object shared = sharedResults(context);
        if (shared != null) {
            try {
                Method clear = shared.getClass().getDeclaredMethod("clear");
                clear.setAccessible(true);
                clear.invoke(shared);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Object sharedResults(ApplicationContext context) {
        try {
            return context.getBean(Class.forName(SHARED_RESULTS));
        } catch (ClassNotFoundException e) {
            return null;
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

    private double time(String label, Supplier<Integer> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Stats stats = Stats.of(millis);
        log("%-58s %10.1f %10.1f %10.1f", label, stats.median(), stats.min(), stats.max());
        return stats.median();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private void log(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        lines.add(line);
        System.out.println(line);
    }

    private static long seconds(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toSeconds();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
