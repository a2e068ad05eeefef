package vn.cds.baocao.analytics;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 *   replay are timed one after the other, so that both see the same load, the periods taking turns: medians of
 *   {@code bench.demoRuns} (301), with the part spent in the driver's calls and the CPU time of the calling
 *   thread;</li>
 *   <li>the same again after {@code bench.demoSteadyWarmUp} (1.500) rounds in all: the JIT's steady state.</li>
 * </ol>
 * Not part of the suite: {@code ./mvnw -B test -Pbenchmark} runs it with {@link AnalyticsBenchmark};
 * {@code ./mvnw -B test -Pbenchmark -Dtest=DemoTablesBenchmark} alone (docs/benchmarks.md, "Where users wait").
 */
@Tag("benchmark")
public class DemoTablesBenchmark {

    /** A call takes milliseconds here: many warm-up calls, so that the JIT has compiled what they run. */
    static final int WARM_UP = Integer.getInteger("bench.demoWarmUp", 300);
    /**
     * Then measured again after this many rounds in all (0: not): a server that has run for a while has compiled
     * Hibernate's row reading, which 300 rounds (~900 computations) have not yet all done.
     */
    static final int STEADY_WARM_UP = Integer.getInteger("bench.demoSteadyWarmUp", 1500);
    static final int RUNS = Integer.getInteger("bench.demoRuns", 301);
    /** The months of the seed reports (001, 003, 004). */
    static final List<int[]> MONTHS = List.of(new int[] {2022, 9}, new int[] {2024, 3}, new int[] {2024, 7});

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
        try (Connection connection = dataSource.getConnection()) {
            int warmedUp = 0;
            for (int rounds : List.of(WARM_UP, Math.max(WARM_UP, STEADY_WARM_UP))) {
                if (rounds == warmedUp) {
                    continue;
                }
                // every period's computation and replay warmed up before any is measured: the JIT compiles them once
                for (; warmedUp < rounds; warmedUp++) {
                    for (Measured m : measured) {
                        m.computed().get();
                        replay(connection, m.queries());
                    }
                }
                measure(connection, measured, rounds);
            }
        }
        log("Load average after: %s", AnalyticsBenchmark.loadAverage());
        Path out = Path.of("target/benchmark/demo-tables-" + System.currentTimeMillis() + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
    }

    /**
     * Every period's service and raw SQL, timed one after the other, after {@code rounds} warm-up rounds. The periods
     * take turns in each of the {@link #RUNS} runs, as in the warm-up (and as on a server, where leaders open
     * different periods): measured one period after the other, the first one measured after the warm-up came out
     * 0,2–0,4× higher than the same period measured last.
     */
    private void measure(Connection connection, List<Measured> measured, int rounds) {
        log("-- after %d warm-up rounds (%d computations of the tables) --", rounds, rounds * measured.size());
        log("%-22s %12s %14s %14s %8s   %s", "period", "statements", "service ms", "raw SQL ms", "ratio",
                "in JDBC calls (service, raw)   CPU of the thread (service, raw), ms");
        List<Samples> samples = measured.stream().map(m -> new Samples()).toList();
        for (int i = 0; i < RUNS; i++) {
            for (int p = 0; p < measured.size(); p++) {
                Measured m = measured.get(p);
                samples.get(p).add(m.computed(), () -> replay(connection, m.queries()));
            }
        }
        List<Double> ratios = new ArrayList<>();
        for (int p = 0; p < measured.size(); p++) {
            Measured m = measured.get(p);
            double[] medians = samples.get(p).medians();
            ratios.add(medians[0] / medians[1]);
            log("%-22s %5d (%2d q.) %14.2f %14.2f %7.2f×   %6.2f %6.2f   %6.2f %6.2f", m.label(),
                    m.recording().count(), m.queries().size(), medians[0], medians[1], medians[0] / medians[1],
                    medians[2], medians[3], medians[4], medians[5]);
        }
        if (Boolean.getBoolean("bench.statements")) {
            measured.forEach(m -> statementByStatement(connection, m));
        }
        log("Ratio service / raw SQL after %d rounds: best %.2f×, worst %.2f×", rounds,
                ratios.stream().mapToDouble(d -> d).min().orElse(0), ratios.stream().mapToDouble(d -> d).max().orElse(0));
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
        List<List<Statement>> inService = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            inService.add(SqlStatements.during(m.computed()).statements());
        }
        log("  %s: each statement's median in the service's calls, then as raw SQL", m.label());
        List<Statement> first = inService.getFirst();
        for (int s = 0; s < first.size(); s++) {
            int index = s;
            double service = median(inService.stream().filter(r -> r.size() > index)
                    .map(r -> r.get(index).nanos() / 1e6).toList());
            Statement statement = first.get(s);
            if (statement.sql().startsWith("--")) {
                log("  %6s      %7.2f ms %7s     %.100s", "", service, "", statement.sql());
                continue;
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                millis.add(millis(() -> replay(connection, List.of(statement))));
            }
            log("  %6d rows %7.2f ms %7.2f ms  %.100s", replay(connection, List.of(statement)), service,
                    median(millis), statement.sql());
        }
    }

    /**
     * One period's timings: the service and its raw SQL run one after the other, so that both see the same load of
     * the machine; their whole time, the part of it spent in the driver's execute calls and transaction commands
     * (what {@link SqlStatements} times) and the CPU time of the calling thread, in milliseconds.
     */
    private static final class Samples {
        private final List<Double> serviceMillis = new ArrayList<>();
        private final List<Double> rawMillis = new ArrayList<>();
        private final List<Double> serviceJdbc = new ArrayList<>();
        private final List<Double> rawJdbc = new ArrayList<>();
        private final List<Double> serviceCpu = new ArrayList<>();
        private final List<Double> rawCpu = new ArrayList<>();

        void add(Supplier<Integer> service, Supplier<Integer> raw) {
            serviceMillis.add(millis(service, serviceJdbc, serviceCpu));
            rawMillis.add(millis(raw, rawJdbc, rawCpu));
        }

        double[] medians() {
            return new double[] {median(serviceMillis), median(rawMillis), median(serviceJdbc), median(rawJdbc),
                    median(serviceCpu), median(rawCpu)};
        }
    }

    private static double millis(Supplier<Integer> work, List<Double> jdbcMillis, List<Double> cpuMillis) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Recording<Integer> recording = SqlStatements.during(work);
        double millis = (System.nanoTime() - start) / 1e6;
        cpuMillis.add((THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
        jdbcMillis.add(recording.databaseNanos() / 1e6);
        return millis;
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
