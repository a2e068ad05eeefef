package vn.cds.baocao.exchange.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.exchange.service.WorkQueue.Ticket;

/** The shared limit of heavy work: N places, the others wait in line (with their position) or are refused. */
class WorkQueueTest {

    private static final int PLACES = 2;

    @Test
    void ofThreeImportsAtOnceTwoRunAndTheThirdWaitsItsTurn() throws Exception {
        WorkQueue queue = new WorkQueue(PLACES, 10);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch twoStarted = new CountDownLatch(PLACES);
        List<Ticket<String>> tickets = new ArrayList<>();
        for (int i = 1; i <= PLACES + 1; i++) {
            String name = "tệp " + i;
            tickets.add(queue.submit(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                twoStarted.countDown();
                await(release);
                running.decrementAndGet();
                return name;
            }));
        }
        assertThat(twoStarted.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200); // time enough for a third to start, were it allowed to
        assertThat(running.get()).isEqualTo(PLACES);
        assertThat(queue.running()).isEqualTo(PLACES);
        assertThat(queue.waiting()).isEqualTo(1);
        assertThat(tickets.get(2).isDone()).isFalse();
        assertThat(tickets.get(2).position()).as("next in line").isEqualTo(1);
        assertThat(tickets.get(0).position()).as("running, not waiting").isZero();

        // a service called directly while every place is taken says "đang xử lý" at once
        assertThatThrownBy(() -> queue.runHere(() -> "thêm"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("exchange.work.busy");
                    assertThat(e.getLocalizedMessage()).startsWith("Đang xử lý");
                });

        release.countDown();
        for (Ticket<String> ticket : tickets) {
            ticket.result().get(10, TimeUnit.SECONDS);
        }
        assertThat(tickets.get(2).result().get()).isEqualTo("tệp 3");
        assertThat(mostAtOnce.get()).as("never more than the places").isEqualTo(PLACES);
        waitUntil(() -> queue.running() == 0); // a place is freed just after its ticket completes
        assertThat(queue.waiting()).isZero();
        assertThat(queue.runHere(() -> "ngay")).as("free again").isEqualTo("ngay");
    }

    @Test
    void runOrQueueRunsOnTheCallersThreadWhenAPlaceIsFreeAndTheQueueHasALimit() throws Exception {
        WorkQueue queue = new WorkQueue(1, 1);
        Ticket<String> here = queue.runOrQueue(() -> Thread.currentThread().getName());
        assertThat(here.isDone()).isTrue();
        assertThat(here.result().get()).isEqualTo(Thread.currentThread().getName());

        CountDownLatch release = new CountDownLatch(1);
        Ticket<String> first = queue.submit(() -> {
            await(release);
            return "1";
        });
        waitUntil(() -> queue.running() == 1);
        Ticket<String> second = queue.runOrQueue(() -> "2");
        assertThat(second.isDone()).as("queued, not run here").isFalse();
        assertThat(second.position()).isEqualTo(1);
        assertThatThrownBy(() -> queue.runOrQueue(() -> "3"))
                .isInstanceOfSatisfying(BusinessException.class, e ->
                        assertThat(e.getMessageKey()).isEqualTo("exchange.work.queueFull"));

        assertThat(second.withdraw()).as("the user left the screen").isTrue();
        assertThat(second.result().isCancelled()).isTrue();
        release.countDown();
        assertThat(first.result().get(10, TimeUnit.SECONDS)).isEqualTo("1");
        waitUntil(() -> queue.running() == 0);
    }

    @Test
    void aFailureReachesTheTicketAndFreesThePlace() throws Exception {
        WorkQueue queue = new WorkQueue(1, 5);
        Ticket<String> failing = queue.submit(() -> {
            throw new BusinessException("exchange.import.notTemplate");
        });
        assertThat(failing.result()).failsWithin(10, TimeUnit.SECONDS);
        waitUntil(() -> queue.running() == 0);
        assertThat(queue.runHere(() -> "tiếp")).isEqualTo("tiếp");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
