package vn.cds.baocao.base.database.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proof (issue 9, item 10): kill -9 of the application while it saves the drafts of every unit of a period in one
 * transaction (the reviewer's all-units Excel import). The kill is timed by watching the database: it lands while
 * the save's transaction has already changed rows. Afterwards every report holds one generation of values, all of
 * them — the last one saved or, if its commit got through first, the one being saved — never a mix; the
 * application starts again on the same database and saves again.
 */
@Tag("proof")
class KillDuringSaveProofTest {

    private static final Logger log = LoggerFactory.getLogger(KillDuringSaveProofTest.class);
    private static final Duration START_LIMIT = Duration.ofMinutes(4);
    /** A transaction with this many changed rows is a save under way (the scheduler's lock changes one). */
    private static final int MID_SAVE_ROWS = 20;
    private static final String PAUSE_PER_ROW = "0.005";

    private ExternalMariaDb db;
    private ChildApplication child;
    private Path logs;

    @AfterEach
    void stop() throws Exception {
        if (child != null) {
            child.stop();
        }
        if (db != null) {
            db.close();
        }
        if (logs != null) {
            try (var files = Files.walk(logs)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void aKilledSaveLeavesEveryReportWhollyOldOrWhollyNew() throws Exception {
        db = ExternalMariaDb.startFresh();
        logs = Files.createTempDirectory("cds-proof-kill");

        child = ChildApplication.start(logs.resolve("saving.log"), db.jdbcUrl(), "loop");
        long periodId = Long.parseLong(child.await(l -> l.startsWith("READY "), START_LIMIT).substring(6));
        slowDownValueWrites(true);
        child.await(l -> l.equals("SAVED 2"), Duration.ofMinutes(2));
        Map<Long, Set<Long>> sent = sent(child.lines());
        assertThat(sent).as("units saved at once").hasSizeGreaterThan(10);

        long rowsChanged;
        try (Connection observer = db.observe()) {
            rowsChanged = waitForASaveUnderWay(observer);
            int exit = child.kill();
            assertThat(exit).as("killed by SIGKILL").isEqualTo(137);
            waitUntilRolledBack(observer);
        }
        long lastSaved = lastNumber(child.lines(), "SAVED ");
        long beingSaved = lastNumber(child.lines(), "SAVING ");
        log.info("killed while a transaction had changed {} rows; last saved generation {}, being saved {}",
                rowsChanged, lastSaved, beingSaved);
        assertThat(beingSaved).as("killed during a save").isEqualTo(lastSaved + 1);

        long found = assertOneGeneration(periodId, sent);
        assertThat(found).as("the last saved generation, or the one being saved if its commit came first")
                .isIn(KillDuringSaveApp.valueOf(lastSaved), KillDuringSaveApp.valueOf(beingSaved));
        log.info("after the kill every report holds generation value {}", found);

        // the application starts again on the same database and the next save goes through whole
        slowDownValueWrites(false);
        long next = beingSaved + 1;
        child = ChildApplication.start(logs.resolve("restarted.log"), db.jdbcUrl(), "once", String.valueOf(periodId),
                String.valueOf(next));
        child.await(l -> l.equals("SAVED " + next), START_LIMIT);
        assertThat(child.waitForExit(Duration.ofMinutes(1))).isZero();
        assertThat(assertOneGeneration(periodId, sent)).isEqualTo(KillDuringSaveApp.valueOf(next));
    }

    /**
     * Each value row written waits {@value #PAUSE_PER_ROW} s in the database (a trigger), as on a slow or busy
     * server: the save's writes then last about a second instead of a few milliseconds, so the watcher (whose view
     * of open transactions MariaDB refreshes only every 0,1 s) sees the save under way and the kill lands inside it.
     * Nothing else changes: the trigger only waits.
     */
    private void slowDownValueWrites(boolean slow) throws Exception {
        try (Connection observer = db.observe(); Statement statement = observer.createStatement()) {
            for (String event : List.of("INSERT", "UPDATE")) {
                String trigger = "proof_slow_value_" + event.toLowerCase(Locale.ROOT);
                statement.execute(slow
                        ? "CREATE TRIGGER " + trigger + " BEFORE " + event + " ON report_value FOR EACH ROW"
                                + " SET @proof_pause = SLEEP(" + PAUSE_PER_ROW + ")"
                        : "DROP TRIGGER IF EXISTS " + trigger);
            }
        }
    }

    /** Polls the server's open transactions; returns the changed rows of the save under way. */
    private static long waitForASaveUnderWay(Connection observer) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        try (PreparedStatement open = observer.prepareStatement(
                "SELECT COALESCE(MAX(trx_rows_modified), 0) FROM information_schema.innodb_trx")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = open.executeQuery()) {
                    rs.next();
                    long rows = rs.getLong(1);
                    if (rows >= MID_SAVE_ROWS) {
                        return rows;
                    }
                }
            }
        }
        throw new AssertionError("no save under way seen within 90 s");
    }

    /** The server rolls back the dead application's transaction when its connection drops. */
    private static void waitUntilRolledBack(Connection observer) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (Statement statement = observer.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM information_schema.innodb_trx")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the killed application's transaction was not rolled back within 60 s");
    }

    /**
     * Every unit's report holds exactly the values it was sent, all of one generation, and all reports the same
     * generation (one transaction). Returns that generation's value.
     */
    private long assertOneGeneration(long periodId, Map<Long, Set<Long>> sent) throws Exception {
        Set<BigDecimal> generations = new HashSet<>();
        try (Connection observer = db.observe(); PreparedStatement values = observer.prepareStatement("""
                SELECT v.indicator_id, v.numeric_value FROM report_value v JOIN report r ON r.id = v.report_id
                WHERE r.unit_id = ? AND r.period_id = ?""")) {
            for (Map.Entry<Long, Set<Long>> unit : sent.entrySet()) {
                values.setLong(1, unit.getKey());
                values.setLong(2, periodId);
                Map<Long, BigDecimal> stored = new HashMap<>();
                try (ResultSet rs = values.executeQuery()) {
                    while (rs.next()) {
                        stored.put(rs.getLong(1), rs.getBigDecimal(2));
                    }
                }
                assertThat(stored.keySet()).as("unit %d: every value it was sent", unit.getKey())
                        .containsAll(unit.getValue());
                Set<BigDecimal> numbers = new HashSet<>();
                unit.getValue().forEach(indicator -> numbers.add(stored.get(indicator).stripTrailingZeros()));
                assertThat(numbers).as("unit %d: one generation, never a mix", unit.getKey()).hasSize(1);
                generations.addAll(numbers);
            }
        }
        assertThat(generations).as("all units: one generation (one transaction)").hasSize(1);
        return generations.iterator().next().longValueExact();
    }

    private static Map<Long, Set<Long>> sent(List<String> lines) {
        Map<Long, Set<Long>> sent = new HashMap<>();
        lines.stream().filter(l -> l.startsWith("SENT ")).forEach(l -> {
            String[] parts = l.split(" ");
            Set<Long> indicators = new HashSet<>();
            Arrays.stream(parts[2].split(",")).map(Long::valueOf).forEach(indicators::add);
            sent.put(Long.valueOf(parts[1]), indicators);
        });
        return sent;
    }

    private static long lastNumber(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).mapToLong(l -> Long.parseLong(l.substring(prefix.length())))
                .max().orElse(0);
    }
}
