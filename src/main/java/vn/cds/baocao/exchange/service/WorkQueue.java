package vn.cds.baocao.exchange.service;

import jakarta.annotation.PreDestroy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.access.NoRoleCheck;

/**
 * The heavy work of the exchange feature — Excel imports and report documents — shares a few places across the
 * whole server ({@code cds.exchange.work.parallel}, 2 by default): a crowd of large uploads waits its turn instead
 * of filling the heap at once. Work that finds every place taken waits in a queue (at most
 * {@code cds.exchange.work.max-waiting}) and knows its position; past that it is refused with "Đang xử lý…".
 * Queued work runs on a thread of its own with the caller's sign-in, so role checks apply as for the caller.
 */
@Component
public class WorkQueue {

    private final int places;
    private final int maxWaiting;
    private final Deque<Ticket<?>> waiting = new ArrayDeque<>();
    private final ThreadLocal<Boolean> holdsPlace = ThreadLocal.withInitial(() -> false);
    private final ExecutorService workers;
    private int running;

    public WorkQueue(@Value("${cds.exchange.work.parallel:2}") int places,
                     @Value("${cds.exchange.work.max-waiting:10}") int maxWaiting) {
        this.places = Math.max(1, places);
        this.maxWaiting = Math.max(0, maxWaiting);
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "exchange-work-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs the work on the caller's thread when a place is free (or the caller already holds one); otherwise
     * refuses at once with "exchange.work.busy". For services: they never run beyond the limit, whoever calls them.
     */
    public <T> T runHere(Supplier<T> work) {
        if (holdsPlace.get()) {
            return work.get();
        }
        synchronized (this) {
            if (!hasFreePlace()) {
                throw new BusinessException("exchange.work.busy");
            }
            running++;
        }
        try {
            return runHolding(work);
        } finally {
            release();
        }
    }

    /**
     * Runs the work on the caller's thread when a place is free; otherwise queues it. The ticket tells which: done
     * already, or waiting with its position. Refuses with "exchange.work.queueFull" when the queue is full.
     */
    @NoRoleCheck("runs the caller's work, whose services check their own roles")
    public <T> Ticket<T> runOrQueue(Supplier<T> work) {
        Ticket<T> ticket = new Ticket<>(this, withCallersSignIn(work));
        synchronized (this) {
            if (!hasFreePlace()) {
                enqueue(ticket);
                return ticket;
            }
            running++;
        }
        try {
            ticket.complete(work);
        } finally {
            release();
        }
        return ticket;
    }

    /** Runs the work on a thread of the queue, at once when a place is free, otherwise when its turn comes. */
    public <T> Ticket<T> submit(Supplier<T> work) {
        Ticket<T> ticket = new Ticket<>(this, withCallersSignIn(work));
        synchronized (this) {
            if (!hasFreePlace()) {
                enqueue(ticket);
                return ticket;
            }
            running++;
        }
        start(ticket);
        return ticket;
    }

    /** Work running now. */
    public synchronized int running() {
        return running;
    }

    /** Work waiting for a place. */
    public synchronized int waiting() {
        return waiting.size();
    }

    private boolean hasFreePlace() {
        return running < places && waiting.isEmpty();
    }

    private void enqueue(Ticket<?> ticket) {
        if (waiting.size() >= maxWaiting) {
            throw new BusinessException("exchange.work.queueFull");
        }
        waiting.addLast(ticket);
    }

    private void start(Ticket<?> ticket) {
        workers.execute(() -> {
            try {
                ticket.completeQueued();
            } finally {
                release();
            }
        });
    }

    /** A place is freed: the longest waiting ticket takes it over, or it becomes free. */
    private void release() {
        Ticket<?> next;
        synchronized (this) {
            next = waiting.pollFirst();
            if (next == null) {
                running--;
                return;
            }
        }
        start(next);
    }

    private <T> T runHolding(Supplier<T> work) {
        holdsPlace.set(true);
        try {
            return work.get();
        } finally {
            holdsPlace.remove();
        }
    }

    private synchronized int positionOf(Ticket<?> ticket) {
        int position = 1;
        for (Ticket<?> queued : waiting) {
            if (queued == ticket) {
                return position;
            }
            position++;
        }
        return 0;
    }

    private synchronized boolean withdraw(Ticket<?> ticket) {
        return waiting.remove(ticket);
    }

    private static <T> Supplier<T> withCallersSignIn(Supplier<T> work) {
        SecurityContext caller = SecurityContextHolder.getContext();
        return () -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(caller.getAuthentication());
            SecurityContextHolder.setContext(context);
            try {
                return work.get();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        };
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** One piece of work: its result when done, its place in the queue while it waits. */
    public static final class Ticket<T> {

        private final WorkQueue queue;
        private final Supplier<T> work;
        private final CompletableFuture<T> result = new CompletableFuture<>();

        private Ticket(WorkQueue queue, Supplier<T> work) {
            this.queue = queue;
            this.work = work;
        }

        /** Completes with the work's result or its exception (not wrapped). */
        public CompletableFuture<T> result() {
            return result;
        }

        public boolean isDone() {
            return result.isDone();
        }

        /** 1 for the next in line, 2 after it, …; 0 once it runs (or ran). */
        public int position() {
            return queue.positionOf(this);
        }

        /** Leaves the queue if it has not started (the user left the screen); true when it was withdrawn. */
        public boolean withdraw() {
            boolean withdrawn = queue.withdraw(this);
            if (withdrawn) {
                result.cancel(false);
            }
            return withdrawn;
        }

        private void completeQueued() {
            complete(work);
        }

        private void complete(Supplier<T> callable) {
            try {
                result.complete(queue.runHolding(callable));
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        }
    }
}
