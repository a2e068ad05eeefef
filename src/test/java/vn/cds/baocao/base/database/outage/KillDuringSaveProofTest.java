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
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proof (issue 9, item 10): kill -9 of the application while it saves the drafts of every unit of a period in one
 * transaction (the reviewer's all-units Excel import). The kill is timed by the database, not by the clock: the test
 * holds a row of the unit saved last, and kills when the save has changed the other units' rows and waits for that
 * one. Afterwards every report holds one generation of values, all of them the last one saved, never a mix; the
 * application starts again on the same database and saves again.
 */
@Tag("proof")
class KillDuringSaveProofTest {

    private static final Logger log = LoggerFactory.getLogger(KillDuringSaveProofTest.class);
    private static final Duration START_LIMIT = Duration.ofMinutes(4);
    /** A waiting transaction with this many changed rows is a save under way, past its first units. */
    private static final int MID_SAVE_ROWS = 20;

    /**
     * How often the test reads {@code information_schema.innodb_trx}. MariaDB refreshes that table's cache only when
     * it has not been read for 0,1 s: polled more often, it shows the same old rows for ever (which is how an
     * earlier version of this proof waited 90 s for a save it could not see on the 2-core CI machine).
     */
    private static final Duration TRX_POLL = Duration.ofMillis(250);

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
        child.await(l -> l.equals("SAVED 2"), Duration.ofMinutes(2));
        Map<Long, Set<Long>> sent = sent(child.lines());
        assertThat(sent).as("units saved at once").hasSizeGreaterThan(10);

        long rowsChanged;
        try (Connection observer = db.observe(); Connection locker = db.observe()) {
            holdAValueOfTheLastUnit(locker, periodId, child.lines());
            rowsChanged = waitForASaveUnderWay(observer, child);
            int exit = child.kill();
            assertThat(exit).as("killed by SIGKILL").isEqualTo(137);
            locker.rollback();
            waitUntilRolledBack(observer);
        }
        long lastSaved = lastNumber(child.lines(), "SAVED ");
        long beingSaved = lastNumber(child.lines(), "SAVING ");
        log.info("killed while a transaction had changed {} rows; last saved generation {}, being saved {}",
                rowsChanged, lastSaved, beingSaved);
        assertThat(beingSaved).as("killed during a save").isEqualTo(lastSaved + 1);

        long found = assertOneGeneration(periodId, sent);
        assertThat(found).as("the last saved generation: the one being saved was waiting for its last unit")
                .isEqualTo(KillDuringSaveApp.valueOf(lastSaved));
        log.info("after the kill every report holds generation value {}", found);

        // the application starts again on the same database and the next save goes through whole
        long next = beingSaved + 1;
        child = ChildApplication.start(logs.resolve("restarted.log"), db.jdbcUrl(), "once", String.valueOf(periodId),
                String.valueOf(next));
        child.await(l -> l.equals("SAVED " + next), START_LIMIT);
        assertThat(child.waitForExit(Duration.ofMinutes(1))).isZero();
        assertThat(assertOneGeneration(periodId, sent)).isEqualTo(KillDuringSaveApp.valueOf(next));
    }

    /**
     * Locks one value row of the unit the application saves last (units are written one after the other, in the
     * order of its SENT lines), in a transaction of the test's own: the next save changes the rows of every other
     * unit and then waits for that row, so the kill lands inside the save whatever the speed of the machine. The
     * row is looked up first and locked by its id alone, so that the report rows stay free.
     */
    private static void holdAValueOfTheLastUnit(Connection locker, long periodId, List<String> lines)
            throws Exception {
        String[] last = lines.stream().filter(l -> l.startsWith("SENT ")).reduce((a, b) -> b).orElseThrow()
                .split(" ");
        long unitId = Long.parseLong(last[1]);
        long indicatorId = Long.parseLong(last[2].split(",")[0]);
        long valueId;
        try (PreparedStatement find = locker.prepareStatement("""
                SELECT v.id FROM report_value v JOIN report r ON r.id = v.report_id
                WHERE r.unit_id = ? AND r.period_id = ? AND v.indicator_id = ?""")) {
            find.setLong(1, unitId);
            find.setLong(2, periodId);
            find.setLong(3, indicatorId);
            try (ResultSet rs = find.executeQuery()) {
                assertThat(rs.next()).as("the last unit's saved value").isTrue();
                valueId = rs.getLong(1);
            }
        }
        locker.setAutoCommit(false);
        try (PreparedStatement lock = locker.prepareStatement("SELECT id FROM report_value WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, valueId);
            lock.executeQuery().close();
        }
    }

    /** Polls the server's open transactions; returns the changed rows of the save waiting for the held row. */
    private static long waitForASaveUnderWay(Connection observer, ChildApplication child) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        try (PreparedStatement open = observer.prepareStatement("""
                SELECT COALESCE(MAX(trx_rows_modified), 0) FROM information_schema.innodb_trx
                WHERE trx_state = 'LOCK WAIT'""")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = open.executeQuery()) {
                    rs.next();
                    long rows = rs.getLong(1);
                    if (rows >= MID_SAVE_ROWS) {
                        return rows;
                    }
                }
                Thread.sleep(TRX_POLL.toMillis());
            }
        }
        throw new AssertionError("no save under way seen within 90 s; the application's last lines:\n"
                + child.logTail());
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
                Thread.sleep(TRX_POLL.toMillis());
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
