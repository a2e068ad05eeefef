package vn.cds.baocao.security.service;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.cds.baocao.base.access.NoRoleCheck;

/**
 * Failed logins per client address: after {@code max-failures} (30) within {@code window} (10 minutes), the address
 * is refused for {@code block} (15 minutes), whatever account it names and even with a right password. This stops
 * one machine from trying a password on account after account, which the per-account lockout cannot see; the
 * accounts it names are not counted while it is refused, so it cannot keep their owners locked out.
 * <p>
 * Kept in memory (each application server counts its own clients); an IPv6 client counts by its /64 network, which
 * a single machine can fill with addresses. The address is the one Tomcat reports: behind a reverse proxy, the one
 * in X-Forwarded-For, but only when the request comes from a trusted proxy ({@code TRUSTED_PROXIES}).
 */
@Component
public class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    /** Beyond this many addresses, expired ones are dropped; if none has expired, new ones are not tracked. */
    static final int MAX_TRACKED = 10_000;

    private final int maxFailures;
    private final long windowNanos;
    private final long blockNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    @Autowired
    public LoginThrottle(@Value("${cds.security.login-throttle.max-failures:30}") int maxFailures,
                         @Value("${cds.security.login-throttle.window:10m}") Duration window,
                         @Value("${cds.security.login-throttle.block:15m}") Duration block) {
        this(maxFailures, window, block, System::nanoTime);
    }

    LoginThrottle(int maxFailures, Duration window, Duration block, LongSupplier nanoTime) {
        this.maxFailures = maxFailures;
        this.windowNanos = window.toNanos();
        this.blockNanos = block.toNanos();
        this.nanoTime = nanoTime;
    }

    /** True while the address is refused. */
    public boolean isBlocked(String address) {
        Failures failures = byAddress.get(key(address));
        return failures != null && failures.blockedAt(nanoTime.getAsLong());
    }

    public void recordFailure(String address) {
        String key = key(address);
        long now = nanoTime.getAsLong();
        if (!byAddress.containsKey(key) && byAddress.size() >= MAX_TRACKED && !makeRoom(now)) {
            return;
        }
        Failures after = byAddress.compute(key, (k, before) -> Failures.after(before, now, windowNanos, maxFailures,
                blockNanos));
        if (after.blockedUntil() != 0 && after.count() == maxFailures) {
            LOG.warn("Logins from {} refused for a while after {} failed attempts", key, maxFailures);
        }
    }

    public int maxFailures() {
        return maxFailures;
    }

    /** How long an address is refused, in whole minutes (for the login page). */
    @NoRoleCheck("a setting the login page names before anybody is signed in")
    public long blockMinutes() {
        return Math.max(1, Duration.ofNanos(blockNanos).toMinutes());
    }

    /** Forgets every address (tests; or an administrator's restart). */
    public void clear() {
        byAddress.clear();
    }

    private boolean makeRoom(long now) {
        byAddress.values().removeIf(f -> f.expiredAt(now, windowNanos));
        return byAddress.size() < MAX_TRACKED;
    }

    /** The address itself; for IPv6, its /64 network. */
    static String key(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            // a literal: parsed, never looked up
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address v6) {
                byte[] bytes = v6.getAddress();
                return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException notALiteral) {
            return address;
        }
    }

    /** Failures of one address in the current window, and until when it is refused (0: not refused). */
    private record Failures(long windowStart, int count, long blockedUntil) {

        static Failures after(Failures before, long now, long window, int max, long block) {
            if (before == null || before.expiredAt(now, window)) {
                return new Failures(now, 1, max <= 1 ? now + block : 0);
            }
            int count = before.count + 1;
            long blockedUntil = before.blockedAt(now) ? before.blockedUntil : count >= max ? now + block : 0;
            return new Failures(before.windowStart, count, blockedUntil);
        }

        boolean blockedAt(long now) {
            return blockedUntil != 0 && now - blockedUntil < 0;
        }

        boolean expiredAt(long now, long window) {
            return !blockedAt(now) && now - windowStart > window;
        }
    }
}
