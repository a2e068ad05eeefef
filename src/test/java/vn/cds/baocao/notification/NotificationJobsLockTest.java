package vn.cds.baocao.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cds.baocao.notification.domain.DeadlineNoticeRepository;
import vn.cds.baocao.notification.service.NotificationJobs;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.TestClock;

/**
 * The scheduled jobs hold a ShedLock lock in the shared database: two application servers (here two threads, or a
 * lock row written as another server would) never run the daily check at the same time.
 */
@CdsSpringTest
class NotificationJobsLockTest {

    private static final String DEADLINE_LOCK = "notification-deadline-check";

    @Autowired
    NotificationJobs jobs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    UnitRepository units;
    @Autowired
    DeadlineNoticeRepository notices;

    @BeforeEach
    @AfterEach
    void releaseLocks() {
        jdbc.update("update shedlock set lock_until = '2000-01-01' where name like 'notification-%'");
        clock.reset();
    }

    @Test
    void twoServersStartingTheDailyCheckTogetherRunItOnce() throws Exception {
        dayBeforeDeadlineOf(2025, 9);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Optional<Integer>>> runs = new ArrayList<>();
            for (int server = 0; server < 2; server++) {
                runs.add(servers.submit(() -> {
                    start.await();
                    return jobs.checkDeadlines();
                }));
            }
            start.countDown();
            List<Optional<Integer>> results = new ArrayList<>();
            for (Future<Optional<Integer>> run : runs) {
                results.add(run.get(60, TimeUnit.SECONDS));
            }
            assertThat(results).filteredOn(Optional::isPresent).as("ran").hasSize(1);
            assertThat(results).filteredOn(Optional::isEmpty).as("skipped").hasSize(1);
            assertThat(results.stream().flatMap(Optional::stream).findFirst()).get()
                    .satisfies(sent -> assertThat(sent).isPositive());
        } finally {
            servers.shutdownNow();
        }
        // the lock is held a while after a run, so a server whose clock is a little late does not run it again
        assertThat(jobs.checkDeadlines()).isEmpty();
    }

    @Test
    void whileAnotherServerHoldsTheLockTheCheckIsSkippedAndRunsOnceItIsReleased() {
        ReportingPeriod period = dayBeforeDeadlineOf(2025, 10);
        // a unit expected in October 2025 (the districts ended on 30/6/2025)
        long economicZone = units.findByCode("BQL_KKT").orElseThrow().getId();
        jdbc.update("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values (?, utc_timestamp(3) + interval 10 minute, utc_timestamp(3), 'server-2')
                on duplicate key update lock_until = utc_timestamp(3) + interval 10 minute, locked_by = 'server-2'""",
                DEADLINE_LOCK);

        assertThat(jobs.checkDeadlines()).isEmpty();
        assertThat(notices.findByUnitIdAndPeriodId(economicZone, period.getId())).isEmpty();

        jdbc.update("update shedlock set lock_until = '2000-01-01' where name = ?", DEADLINE_LOCK);
        assertThat(jobs.checkDeadlines()).isPresent();
        assertThat(notices.findByUnitIdAndPeriodId(economicZone, period.getId())).hasSize(1);
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = ?", String.class, DEADLINE_LOCK))
                .isNotEqualTo("server-2");
    }

    private ReportingPeriod dayBeforeDeadlineOf(int year, int month) {
        ReportingPeriod period = periods.findByYearAndMonth(year, month).orElseThrow();
        LocalDate day = period.getDeadline().minusDays(1);
        clock.set(day.atTime(7, 0));
        return period;
    }
}
