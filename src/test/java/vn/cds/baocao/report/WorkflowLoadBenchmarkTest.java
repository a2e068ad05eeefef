package vn.cds.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.service.FieldInput;
import vn.cds.baocao.report.service.ReportForm;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;
import vn.cds.baocao.support.SqlStatements;
import vn.cds.baocao.support.TestUnits;

/**
 * Load proof of the workflow (issue 9, item 9), not a timed test: it drives the real services on the real
 * embedded MariaDB and asserts only that nothing was lost or duplicated; the figures are printed.
 *
 * <ol>
 *   <li>Warm-up (not shown): {@value #WARM_UP} reports through the same steps as the next one.</li>
 *   <li>One thread: {@value #SINGLE} reports saved and submitted one after the other, then approved one after the
 *       other: the single-thread rates.</li>
 *   <li>{@value #REPORTERS} reporters at once, each in a thread of its own, save a partial draft, complete it and
 *       submit; {@value #REVIEWERS} reviewers approve the submitted reports as they come in, and return every
 *       {@value #RETURN_EVERY}th one with a reason, which its reporter corrects and submits again.</li>
 * </ol>
 * Afterwards every report must exist once, approved, with every value, its baseline, and exactly one history
 * event per transition. Run it with {@code mvn -B verify -Pproofs -Dtest=WorkflowLoadBenchmarkTest}; the results are
 * in docs/benchmarks.md.
 */
@Tag("proof")
@CdsSpringTest
class WorkflowLoadBenchmarkTest {

    private static final String PREFIX = "LOAD_WF";
    private static final int WARM_UP = 10;
    private static final int SINGLE = 30;
    private static final int REPORTERS = 200;
    private static final int REVIEWERS = 4;
    private static final int RETURN_EVERY = 10;
    private static final String CHANGED_INDICATOR = "official_email_pct";

    enum Action { SAVE, SUBMIT, RETURN, APPROVE }

    @Autowired
    ReportWorkflowService workflow;
    @Autowired
    ReportFixture fixture;
    @Autowired
    TestUnits testUnits;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    private final Map<Action, List<Long>> latencies = new EnumMap<>(Action.class);
    private final Map<Action, List<Integer>> statements = new EnumMap<>(Action.class);
    private final Map<Action, List<Long>> databaseTimes = new EnumMap<>(Action.class);
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    @AfterEach
    void removeTheUnits() {
        signIn.out();
        testUnits.remove(PREFIX);
    }

    @Test
    void reportersAndReviewersAtOnceLoseNothing() throws Exception {
        List<String> units = testUnits.create(PREFIX, WARM_UP + SINGLE + REPORTERS, "DEPARTMENT");
        List<String> reviewers = testUnits.createReviewers(PREFIX, REVIEWERS);
        ReportingPeriod period = fixture.freePeriod(units.getFirst());
        // all units are new and of one type: the same complete, valid values fit each of them
        Map<Long, FieldInput> complete = fixture.validInputs(units.getFirst(), period);
        long changed = fixture.indicator(units.getFirst(), period, CHANGED_INDICATOR).getId();

        System.out.printf(Locale.ROOT, "%nLoad average before: %s%n", loadAverage());
        singleThread(units.subList(0, WARM_UP), period, complete, false); // the JIT compiles the hot paths
        singleThread(units.subList(WARM_UP, WARM_UP + SINGLE), period, complete, true);
        concurrent(units.subList(WARM_UP + SINGLE, units.size()), reviewers, period, complete, changed);

        System.out.printf(Locale.ROOT, "%nLoad average after: %s%n", loadAverage());
        Map<String, Long> failuresByKind = new java.util.TreeMap<>();
        failures.forEach(f -> failuresByKind.merge(f.replaceAll("^[^:]*: ", "").replaceAll("[\\[(].*", ""), 1L, Long::sum));
        System.out.printf(Locale.ROOT, "%nFailed actions: %d %s%n", failures.size(), failuresByKind);
        assertThat(failures).as("actions that failed").isEmpty();
        checkNothingLostOrDuplicated(units, period, complete, changed);
    }

    private void singleThread(List<String> units, ReportingPeriod period, Map<Long, FieldInput> complete,
                              boolean show) {
        resetFigures();
        List<long[]> submitted = new ArrayList<>();
        long start = System.nanoTime();
        for (String unit : units) {
            signIn.as(unit.toLowerCase());
            ReportForm draft = timed(Action.SAVE, () -> workflow.saveDraft(period.getId(), -1, complete));
            ReportForm form = timed(Action.SUBMIT, () -> workflow.submit(draft.reportId(), draft.version()));
            submitted.add(new long[] {form.reportId(), form.version()});
        }
        long submittedAt = System.nanoTime();
        signIn.as("reviewer");
        for (long[] report : submitted) {
            timed(Action.APPROVE, () -> {
                workflow.approve(report[0], report[1]);
                return null;
            });
        }
        long end = System.nanoTime();
        signIn.out();
        if (!show) {
            return;
        }
        System.out.printf(Locale.ROOT, "%n=== Single thread: %d reports ===%n", units.size());
        System.out.printf(Locale.ROOT, "save + submit: %.1f reports/s; approve: %.1f approvals/s%n",
                units.size() / seconds(submittedAt - start), units.size() / seconds(end - submittedAt));
        printFigures();
    }

    private void concurrent(List<String> units, List<String> reviewers, ReportingPeriod period,
                            Map<Long, FieldInput> complete, long changed) throws Exception {
        resetFigures();
        Map<Long, FieldInput> partial = new HashMap<>();
        complete.entrySet().stream().limit(complete.size() / 2).forEach(e -> partial.put(e.getKey(), e.getValue()));
        BlockingQueue<Submitted> inbox = new LinkedBlockingQueue<>();
        Map<String, BlockingQueue<Long>> returned = new ConcurrentHashMap<>();
        units.forEach(unit -> returned.put(unit, new LinkedBlockingQueue<>()));
        AtomicInteger open = new AtomicInteger(units.size());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(units.size() + reviewers.size());
        List<Future<?>> tasks = new ArrayList<>();

        for (int i = 0; i < units.size(); i++) {
            String unit = units.get(i);
            boolean toReturn = i % RETURN_EVERY == 0;
            tasks.add(pool.submit(() -> reporter(unit, toReturn, period, partial, complete, changed, inbox,
                    returned.get(unit), open, start)));
        }
        for (String reviewer : reviewers) {
            tasks.add(pool.submit(() -> reviewer(reviewer, inbox, returned, open, start)));
        }
        long begin = System.nanoTime();
        start.countDown();
        for (Future<?> task : tasks) {
            task.get(10, TimeUnit.MINUTES);
        }
        long end = System.nanoTime();
        pool.shutdownNow();

        int actions = latencies.values().stream().mapToInt(List::size).sum();
        int transitions = actions - latencies.get(Action.SAVE).size();
        System.out.printf(Locale.ROOT, "%n=== %d reporters and %d reviewers at once ===%n", units.size(),
                reviewers.size());
        System.out.printf(Locale.ROOT, "%.1f s: %d actions (%.1f/s), of which %d transitions (%.1f/s)%n",
                seconds(end - begin), actions, actions / seconds(end - begin), transitions,
                transitions / seconds(end - begin));
        printFigures();
    }

    private Void reporter(String unit, boolean toReturn, ReportingPeriod period, Map<Long, FieldInput> partial,
                          Map<Long, FieldInput> complete, long changed, BlockingQueue<Submitted> inbox,
                          BlockingQueue<Long> returnedVersions, AtomicInteger open, CountDownLatch start)
            throws InterruptedException {
        start.await();
        try {
            signIn.as(unit.toLowerCase());
            ReportForm draft = timed(Action.SAVE, () -> workflow.saveDraft(period.getId(), -1, partial));
            ReportForm full = timed(Action.SAVE, () -> workflow.saveDraft(period.getId(), draft.version(), complete));
            ReportForm submitted = timed(Action.SUBMIT, () -> workflow.submit(full.reportId(), full.version()));
            inbox.add(new Submitted(unit, submitted.reportId(), submitted.version(), toReturn));
            if (toReturn) {
                long version = returnedVersions.take();
                Map<Long, FieldInput> corrected = new HashMap<>(complete);
                corrected.put(changed, FieldInput.of("91"));
                ReportForm saved = timed(Action.SAVE, () -> workflow.saveDraft(period.getId(), version, corrected));
                ReportForm again = timed(Action.SUBMIT, () -> workflow.submit(saved.reportId(), saved.version()));
                inbox.add(new Submitted(unit, again.reportId(), again.version(), false));
            }
        } catch (RuntimeException e) {
            failures.add(unit + ": " + e);
            open.decrementAndGet(); // its report will not be approved
        } finally {
            signIn.out();
        }
        return null;
    }

    private Void reviewer(String reviewer, BlockingQueue<Submitted> inbox, Map<String, BlockingQueue<Long>> returned,
                          AtomicInteger open, CountDownLatch start) throws InterruptedException {
        signIn.as(reviewer);
        start.await();
        try {
            while (open.get() > 0) {
                Submitted report = inbox.poll(100, TimeUnit.MILLISECONDS);
                if (report == null) {
                    continue;
                }
                try {
                    if (report.toReturn()) {
                        timed(Action.RETURN, () -> {
                            workflow.returnReport(report.id(), report.version(), "Kiểm tra lại tỷ lệ thư điện tử",
                                    Map.of());
                            return null;
                        });
                        returned.get(report.unit()).add(jdbc.queryForObject(
                                "select version from report where id = ?", Long.class, report.id()));
                    } else {
                        timed(Action.APPROVE, () -> {
                            workflow.approve(report.id(), report.version());
                            return null;
                        });
                        open.decrementAndGet();
                    }
                } catch (RuntimeException e) {
                    failures.add(reviewer + " on " + report.unit() + ": " + e);
                    if (report.toReturn()) {
                        returned.get(report.unit()).add(-1L); // the reporter's save fails, and it gives up
                    } else {
                        open.decrementAndGet();
                    }
                }
            }
        } finally {
            signIn.out();
        }
        return null;
    }

    private record Submitted(String unit, long id, long version, boolean toReturn) {
    }

    private void checkNothingLostOrDuplicated(List<String> units, ReportingPeriod period,
                                              Map<Long, FieldInput> complete, long changed) {
        List<Map<String, Object>> reports = jdbc.queryForList("""
                select u.code, r.id, r.status from unit u left join report r on r.unit_id = u.id and r.period_id = ?
                where u.code like 'LOAD\\_WF\\_%' order by u.code""", period.getId());
        assertThat(reports).as("one report per unit").hasSize(units.size());
        for (Map<String, Object> row : reports) {
            String unit = (String) row.get("code");
            long id = ((Number) row.get("id")).longValue();
            boolean returned = units.indexOf(unit) >= WARM_UP + SINGLE
                    && (units.indexOf(unit) - WARM_UP - SINGLE) % RETURN_EVERY == 0;
            assertThat(row.get("status")).as(unit).isEqualTo("APPROVED");

            List<String> values = jdbc.query("select indicator_id, numeric_value from report_value where report_id = ? "
                    + "order by indicator_id", (rs, i) -> rs.getLong(1) + "=" + (rs.getBigDecimal(2) == null ? null
                    : rs.getBigDecimal(2).stripTrailingZeros().toPlainString()), id);
            assertThat(values).as("values of %s", unit).hasSize(complete.size());
            String email = values.stream().filter(v -> v.startsWith(changed + "=")).findFirst().orElseThrow();
            assertThat(email).as("the corrected value of %s", unit).isEqualTo(changed + "=" + (returned ? "91" : "90"));
            assertThat(jdbc.queryForObject("select count(*) from report_baseline_value b join report_value v "
                    + "on v.report_id = b.report_id and v.indicator_id = b.indicator_id "
                    + "and v.numeric_value = b.numeric_value where b.report_id = ?", Integer.class, id))
                    .as("baseline of %s", unit).isEqualTo(complete.size());

            Map<String, Integer> events = new HashMap<>();
            jdbc.query("select action, count(*) from report_event where report_id = ? group by action",
                    rs -> {
                        events.put(rs.getString(1), rs.getInt(2));
                    }, id);
            Map<String, Integer> expected = returned
                    ? Map.of("CREATE", 1, "SUBMIT", 2, "RETURN", 1, "VALUE_CHANGED", 1, "APPROVE", 1)
                    : Map.of("CREATE", 1, "SUBMIT", 1, "APPROVE", 1);
            assertThat(events).as("history of %s", unit).isEqualTo(expected);
        }
        Integer reviewers = jdbc.queryForObject("select count(distinct u.id) from app_user u join app_user_role r "
                + "on r.user_id = u.id where r.role = 'REVIEWER' and u.enabled", Integer.class);
        Map<String, Integer> notifications = new HashMap<>();
        jdbc.query("select type, count(*) from notification where unit_id in (select id from unit where code like "
                + "'LOAD\\_WF\\_%') and period_id = ? group by type", rs -> {
                    notifications.put(rs.getString(1), rs.getInt(2));
                }, period.getId());
        int returns = (REPORTERS + RETURN_EVERY - 1) / RETURN_EVERY;
        assertThat(notifications).as("notifications").isEqualTo(Map.of(
                "REPORT_SUBMITTED", (units.size() + returns) * reviewers,
                "REPORT_RETURNED", returns,
                "REPORT_APPROVED", units.size()));
    }

    private <T> T timed(Action action, Supplier<T> work) {
        long start = System.nanoTime();
        SqlStatements.Recording<T> recording = SqlStatements.during(work);
        long elapsed = System.nanoTime() - start;
        synchronized (latencies) {
            latencies.get(action).add(elapsed);
            statements.get(action).add(recording.count());
            databaseTimes.get(action).add(recording.databaseNanos());
        }
        return recording.result();
    }

    private void resetFigures() {
        for (Action action : Action.values()) {
            latencies.put(action, new ArrayList<>());
            statements.put(action, new ArrayList<>());
            databaseTimes.put(action, new ArrayList<>());
        }
    }

    private void printFigures() {
        System.out.printf(Locale.ROOT, "%-8s %6s %9s %9s %9s %11s %12s%n", "action", "count", "p50 ms", "p95 ms",
                "max ms", "statements", "jdbc ms");
        for (Action action : Action.values()) {
            List<Long> times = new ArrayList<>(latencies.get(action));
            if (times.isEmpty()) {
                continue;
            }
            Collections.sort(times);
            double meanStatements = statements.get(action).stream().mapToInt(Integer::intValue).average().orElse(0);
            double meanDatabase = databaseTimes.get(action).stream().mapToLong(Long::longValue).average().orElse(0);
            System.out.printf(Locale.ROOT, "%-8s %6d %9.1f %9.1f %9.1f %11.1f %12.1f%n", action, times.size(),
                    millis(percentile(times, 50)), millis(percentile(times, 95)), millis(times.getLast()),
                    meanStatements, millis((long) meanDatabase));
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double seconds(long nanos) {
        return nanos / 1_000_000_000.0;
    }
}
