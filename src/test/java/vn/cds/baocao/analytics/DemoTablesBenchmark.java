package vn.cds.baocao.analytics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.cds.baocao.Application;
import vn.cds.baocao.analytics.service.PeriodTableService;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.support.SqlStatements;
import vn.cds.baocao.support.SqlStatements.Recording;
import vn.cds.baocao.support.SqlStatements.Statement;

/**
 * The period's tables ("Bảng số liệu") on the <b>demo data</b> against the raw SQL they send (issue 14: "the tables
 * service ≤ 2× its raw SQL"). For each seed period, signed in as a LEADER, with the shared results dropped before
 * each call (so each call computes the period list and the tables, as the first leader after a change does):
 * <ol>
 *   <li>one call is recorded at the JDBC level ({@link SqlStatements}: every statement with its parameters);</li>
 *   <li>the recorded queries are replayed through plain JDBC on one connection of the same pool, with the same
 *   parameters, reading every column of every row: "its raw SQL". Transaction commands (read-only switch,
 *   commit) are not replayed: the ratio charges them to the service;</li>
 *   <li>after {@code bench.demoWarmUp} (300) rounds of every period's computation and replay, the service and the
 *   replay are timed one after the other, so that both see the same load: medians of {@code bench.demoRuns}
 *   (101).</li>
 * </ol>
 * Not part of the suite: {@code ./mvnw -B test -Pbenchmark} runs it with {@link AnalyticsBenchmark};
 * {@code ./mvnw -B test -Pbenchmark -Dtest=DemoTablesBenchmark} alone (docs/benchmarks.md, "Where users wait").
 */
@Tag("benchmark")
public class DemoTablesBenchmark {

    /** A call takes milliseconds here: many warm-up calls, so that the JIT has compiled what they run. */
    static final int WARM_UP = Integer.getInteger("bench.demoWarmUp", 300);
    static final int RUNS = Integer.getInteger("bench.demoRuns", 101);
    /** The months of the seed reports (001, 003, 004). */
    static final List<int[]> MONTHS = List.of(new int[] {2022, 9}, new int[] {2024, 3}, new int[] {2024, 7});

    private ConfigurableApplicationContext context;
    private final List<String> lines = new ArrayList<>();

    @Test
    void tablesOnTheDemoData() throws Exception {
        Locale.setDefault(Locale.of("vi", "VN"));
        List<String> settings = List.of(
                "--server.port=0",
                "--vaadin.productionMode=true",
                "--cds.embedded-db.port=0",
                "--cds.embedded-db.temporary=true",
                "--spring.liquibase.contexts=demo",
                "--cds.periods.auto-create=false",
                "--cds.notifications.deadline.cron=-",
                "--cds.notifications.mail.retry-cron=-",
                "--logging.level.root=WARN");
        try (ConfigurableApplicationContext started = new SpringApplicationBuilder(Application.class,
                SqlStatements.class).run(settings.toArray(String[]::new))) {
            this.context = started;
            run();
        }
    }

    private void run() throws Exception {
        PeriodTableService tables = context.getBean(PeriodTableService.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        DataSource dataSource = context.getBean(DataSource.class);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "benchmark", "n/a", List.of(new SimpleGrantedAuthority("ROLE_LEADER"))));
        log("==== Tables on the demo data, %s ====", LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        log("Demo data: %d units, %d reports (%d approved), %d values; median of %d calls after %d",
                jdbc.queryForObject("SELECT COUNT(*) FROM unit", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM report", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM report WHERE status = 'APPROVED'", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM report_value", Long.class), RUNS, WARM_UP);
        log("Load average before: %s", AnalyticsBenchmark.loadAverage());
        log("%-22s %12s %14s %14s %8s", "period", "statements", "service ms", "raw SQL ms", "ratio");
        List<Measured> measured = new ArrayList<>();
        for (int[] month : MONTHS) {
            Long period = jdbc.query("SELECT id FROM reporting_period WHERE period_year = ? AND period_month = ?",
                    rs -> rs.next() ? rs.getLong(1) : null, month[0], month[1]);
            if (period != null) {
                Supplier<Integer> computed = () -> {
                    AnalyticsBenchmark.clearShared(context);
                    return tables.tables(period, null, Messages.VIETNAMESE).sections().size();
                };
                Recording<Integer> recording = SqlStatements.during(computed);
                measured.add(new Measured("Tháng %d/%d".formatted(month[1], month[0]), computed, recording,
                        recording.statements().stream().filter(st -> !st.sql().startsWith("--")).toList()));
            }
        }
        List<Double> ratios = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            // every period's computation and replay warmed up before any is measured: the JIT compiles them once
            for (int i = 0; i < WARM_UP; i++) {
                for (Measured m : measured) {
                    m.computed().get();
                    replay(connection, m.queries());
                }
            }
            for (Measured m : measured) {
                double[] medians = alternately(m.computed(), () -> replay(connection, m.queries()));
                ratios.add(medians[0] / medians[1]);
                log("%-22s %5d (%2d q.) %14.2f %14.2f %7.2f×", m.label(), m.recording().count(), m.queries().size(),
                        medians[0], medians[1], medians[0] / medians[1]);
                if (Boolean.getBoolean("bench.statements")) {
                    statementByStatement(connection, m);
                }
            }
        }
        log("Ratio service / raw SQL: best %.2f×, worst %.2f×", ratios.stream().mapToDouble(d -> d).min().orElse(0),
                ratios.stream().mapToDouble(d -> d).max().orElse(0));
        log("Load average after: %s", AnalyticsBenchmark.loadAverage());
        Path out = Path.of("target/benchmark/demo-tables-" + System.currentTimeMillis() + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
    }

    /** The statements again through plain JDBC, every column of every row read; the number of rows. */
    private static int replay(Connection connection, List<Statement> queries) {
        int rows = 0;
        try {
            for (Statement query : queries) {
                try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
                    for (Map.Entry<Integer, Object> parameter : query.parameters().entrySet()) {
                        statement.setObject(parameter.getKey(), parameter.getValue());
                    }
                    try (ResultSet result = statement.executeQuery()) {
                        int columns = result.getMetaData().getColumnCount();
                        while (result.next()) {
                            for (int c = 1; c <= columns; c++) {
                                result.getObject(c);
                            }
                            rows++;
                        }
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** One period: its computation, what one computation sent, and the queries replayed as its raw SQL. */
    private record Measured(String label, Supplier<Integer> computed, Recording<Integer> recording,
                            List<Statement> queries) {
    }

    /** With {@code -Dbench.statements=true}: what the computation sent, and each query's rows and raw time. */
    private void statementByStatement(Connection connection, Measured m) {
        log("%s", m.recording());
        for (Statement query : m.queries()) {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                millis.add(millis(() -> replay(connection, List.of(query))));
            }
            log("  %6d rows %7.2f ms  %.100s", replay(connection, List.of(query)), median(millis), query.sql());
        }
    }

    /**
     * The medians of {@code first} and {@code second}, run one after the other {@link #RUNS} times, so that both
     * see the same load of the machine.
     */
    private static double[] alternately(Supplier<Integer> first, Supplier<Integer> second) {
        List<Double> firstMillis = new ArrayList<>();
        List<Double> secondMillis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            firstMillis.add(millis(first));
            secondMillis.add(millis(second));
        }
        return new double[] {median(firstMillis), median(secondMillis)};
    }

    private static double millis(Supplier<Integer> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }

    private void log(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        lines.add(line);
        System.out.println(line);
    }
}
