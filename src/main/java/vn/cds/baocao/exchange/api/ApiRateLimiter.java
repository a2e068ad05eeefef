package vn.cds.baocao.exchange.api;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per API token, in memory: a client may burst up to {@code capacity} requests, then gets
 * {@code perMinute} requests a minute. The buckets live in this application instance; behind several instances
 * each has its own (the limit protects the server, it is not a quota).
 */
class ApiRateLimiter {

    private final int capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<Long, Bucket> buckets = new ConcurrentHashMap<>();

    ApiRateLimiter(int capacity, int perMinute, LongSupplier nanoTime) {
        if (capacity < 1 || perMinute < 1) {
            throw new IllegalArgumentException("capacity and perMinute must be positive");
        }
        this.capacity = capacity;
        this.tokensPerNano = perMinute / 60_000_000_000.0;
        this.nanoTime = nanoTime;
    }

    /** Takes one request from the token's bucket; returns 0 when allowed, else the seconds to wait. */
    long tryAcquire(long tokenId) {
        Bucket bucket = buckets.computeIfAbsent(tokenId, id -> new Bucket(capacity, nanoTime.getAsLong()));
        synchronized (bucket) {
            long now = nanoTime.getAsLong();
            bucket.available = Math.min(capacity, bucket.available + (now - bucket.refilledAt) * tokensPerNano);
            bucket.refilledAt = now;
            if (bucket.available >= 1) {
                bucket.available -= 1;
                return 0;
            }
            double missing = 1 - bucket.available;
            return Math.max(1, (long) Math.ceil(missing / tokensPerNano / 1_000_000_000.0));
        }
    }

    private static final class Bucket {
        private double available;
        private long refilledAt;

        private Bucket(double available, long refilledAt) {
            this.available = available;
            this.refilledAt = refilledAt;
        }
    }
}
