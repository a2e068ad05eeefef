package vn.cds.baocao.analytics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.cds.baocao.analytics.service.SharedPeriodResults.Key;

/** The shared dashboard results: computed once, dropped from the changed period on, not kept when stale. */
class SharedPeriodResultsTest {

    private static final YearMonth JUNE = YearMonth.of(2024, 6);
    private static final YearMonth JULY = YearMonth.of(2024, 7);
    private static final YearMonth AUGUST = YearMonth.of(2024, 8);

    private final AtomicLong clock = new AtomicLong();
    private final SharedPeriodResults shared = new SharedPeriodResults(Duration.ofMinutes(10), 8, null, clock::get);
    private final AtomicInteger computed = new AtomicInteger();

    private static Key tables(long id, YearMonth month) {
        return new Key("tables", id, month, "|vi");
    }

    private String compute(String value) {
        computed.incrementAndGet();
        return value;
    }

    @Test
    void aResultIsComputedOnceAndSharedAsTheSameObject() {
        String first = shared.get(tables(7, JULY), () -> compute(new String("july")));
        String second = shared.get(tables(7, JULY), () -> compute(new String("other")));
        assertThat(second).isSameAs(first);
        assertThat(computed).hasValue(1);
    }

    @Test
    void manyCallersAtOnceWaitForOneComputation() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> shared.get(tables(7, JULY), () -> {
                inside.countDown();
                await(release);
                return compute("july");
            })));
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 7; i++) {
                answers.add(pool.submit(() -> shared.get(tables(7, JULY), () -> compute("again"))));
            }
            Thread.sleep(100);
            release.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo("july");
            }
            assertThat(computed).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aChangeDropsItsPeriodTheLaterOnesAndThePeriodListButNotTheEarlierOnes() {
        Key periods = new Key("periods", null, null, "");
        shared.get(periods, () -> compute("list"));
        shared.get(tables(6, JUNE), () -> compute("june"));
        shared.get(tables(7, JULY), () -> compute("july"));
        shared.get(tables(8, AUGUST), () -> compute("august"));
        assertThat(computed).hasValue(4);

        shared.invalidateFrom(JULY);

        assertThat(shared.get(tables(6, JUNE), () -> compute("june again"))).isEqualTo("june");
        assertThat(shared.get(tables(7, JULY), () -> compute("july again"))).isEqualTo("july again");
        assertThat(shared.get(tables(8, AUGUST), () -> compute("august again"))).isEqualTo("august again");
        assertThat(shared.get(periods, () -> compute("list again"))).isEqualTo("list again");
        assertThat(computed).hasValue(7);
    }

    @Test
    void aResultComputedWhileAChangeCommittedIsAnsweredButNotKept() {
        String answered = shared.get(tables(7, JULY), () -> {
            shared.invalidateFrom(JUNE);
            return compute("read before the commit");
        });
        assertThat(answered).isEqualTo("read before the commit");
        assertThat(shared.get(tables(7, JULY), () -> compute("fresh"))).isEqualTo("fresh");
    }

    @Test
    void aResultOlderThanTheTtlIsComputedAgain() {
        shared.get(tables(7, JULY), () -> compute("july"));
        clock.addAndGet(Duration.ofMinutes(9).toNanos());
        assertThat(shared.get(tables(7, JULY), () -> compute("not yet"))).isEqualTo("july");
        clock.addAndGet(Duration.ofMinutes(2).toNanos());
        assertThat(shared.get(tables(7, JULY), () -> compute("after the ttl"))).isEqualTo("after the ttl");
    }

    @Test
    void aFailureIsNotKept() {
        assertThatThrownBy(() -> shared.get(tables(7, JULY), () -> {
            throw new IllegalStateException("database down");
        })).hasMessage("database down");
        assertThat(shared.get(tables(7, JULY), () -> compute("july"))).isEqualTo("july");
    }

    @Test
    void atMostMaxEntriesAreKeptTheOldestGoFirst() {
        SharedPeriodResults small = new SharedPeriodResults(Duration.ofMinutes(10), 2, null, clock::get);
        for (int month = 1; month <= 4; month++) {
            clock.incrementAndGet();
            int m = month;
            small.get(tables(m, YearMonth.of(2024, m)), () -> "month " + m);
        }
        assertThat(small.size()).isEqualTo(2);
        assertThat(small.get(tables(4, YearMonth.of(2024, 4)), () -> "again")).isEqualTo("month 4");
        assertThat(small.get(tables(1, YearMonth.of(2024, 1)), () -> "again")).isEqualTo("again");
    }

    @Test
    void aTtlOfZeroSharesNothing() {
        SharedPeriodResults off = new SharedPeriodResults(Duration.ZERO, 8, null, clock::get);
        off.get(tables(7, JULY), () -> compute("one"));
        assertThat(off.get(tables(7, JULY), () -> compute("two"))).isEqualTo("two");
        assertThat(off.size()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
