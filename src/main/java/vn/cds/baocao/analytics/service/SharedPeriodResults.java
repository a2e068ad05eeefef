package vn.cds.baocao.analytics.service;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.cds.baocao.period.domain.event.PeriodCreated;
import vn.cds.baocao.period.service.PeriodDirectory;
import vn.cds.baocao.report.domain.event.ReportTransitioned;

/**
 * Results computed once and shared by every leader's session: a period's tables at 3,500 units are ~140,000 cells,
 * which each session used to compute and keep for itself (32 MiB a leader, issue 14). The results are immutable.
 *
 * <p>A report's transition (submit, approve, return, reopen…) drops, after its commit, the results of its period and
 * of every later one (their "change against the previous period" may read it) and the period list (its approved
 * counts). Changes that announce nothing — the catalog, targets, units, the composite settings — are caught by the
 * {@code ttl} (a result older than that is computed again). A {@code ttl} of 0 turns the sharing off (the tests,
 * which write reports behind the workflow's back). A result whose computation overlapped an invalidation is handed
 * to its caller but not kept, so a result computed from data read before a commit never outlives it.
 */
@Component
class SharedPeriodResults {

    /** What a result is about; {@code month} null = every period (the period list). */
    record Key(String kind, Long periodId, YearMonth month, String variant) {
    }

    private record Entry(CompletableFuture<Object> value, long createdNanos) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;
    private final PeriodDirectory periods;

    @Autowired
    SharedPeriodResults(@Value("${cds.analytics.shared-results.ttl:10m}") Duration ttl,
                        @Value("${cds.analytics.shared-results.max-entries:8}") int maxEntries,
                        PeriodDirectory periods) {
        this(ttl, maxEntries, periods, System::nanoTime);
    }

    SharedPeriodResults(Duration ttl, int maxEntries, PeriodDirectory periods, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.periods = periods;
        this.nanoTime = nanoTime;
    }

    /** The shared result for {@code key}; computed by the first caller, the others wait for it. */
    @SuppressWarnings("unchecked")
    <T> T get(Key key, Supplier<T> compute) {
        if (ttlNanos <= 0) {
            return compute.get();
        }
        long now = nanoTime.getAsLong();
        Entry existing = entries.get(key);
        if (existing != null && now - existing.createdNanos() < ttlNanos
                && !existing.value().isCompletedExceptionally()) {
            return (T) join(existing.value());
        }
        long started = generation.get();
        Entry mine = new Entry(new CompletableFuture<>(), now);
        Entry winner = existing == null ? entries.putIfAbsent(key, mine)
                : entries.replace(key, existing, mine) ? null : entries.get(key);
        if (winner != null && winner != mine) {
            return (T) join(winner.value());
        }
        try {
            T value = compute.get();
            mine.value().complete(value);
            if (generation.get() != started) {
                entries.remove(key, mine);
            }
            evictBeyondLimit();
            return value;
        } catch (RuntimeException | Error e) {
            entries.remove(key, mine);
            mine.value().completeExceptionally(e);
            throw e;
        }
    }

    /** After the commit of a report's transition (or at once when there was no transaction). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void reportChanged(ReportTransitioned event) {
        if (entries.isEmpty()) {
            return;
        }
        periods.find(event.periodId()).ifPresentOrElse(p -> invalidateFrom(p.yearMonth()), this::clear);
    }

    /** A new period: the period list changes. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void periodCreated(PeriodCreated event) {
        invalidateFrom(event.period().yearMonth());
    }

    /** Drops the results of {@code month} and every later period, and the period list. */
    void invalidateFrom(YearMonth month) {
        generation.incrementAndGet();
        entries.keySet().removeIf(k -> k.month() == null || !k.month().isBefore(month));
    }

    /** Drops every result (composite settings changed, …). */
    void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    private void evictBeyondLimit() {
        while (entries.size() > maxEntries) {
            entries.entrySet().stream().min(Comparator.comparingLong(e -> e.getValue().createdNanos()))
                    .ifPresent(oldest -> entries.remove(oldest.getKey(), oldest.getValue()));
        }
    }

    private static Object join(CompletableFuture<Object> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
