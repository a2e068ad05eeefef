package vn.cds.baocao.base.database;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The connection pool, telling two waits apart that Hikari has only one timeout for: waiting for a free connection
 * while the database is up (a crowd of users: up to {@link #setQueueTimeout queue timeout}, 30 s by default), and
 * waiting for the database itself (an outage: Hikari's {@code connection-timeout}, about 3 s). With Hikari alone, a
 * 3 s timeout told 200 users saving at once that the database was down, and a 30 s one kept every user waiting 30 s
 * during an outage.
 *
 * <p>A caller first takes one of {@code maximum-pool-size} places (fair, in arrival order), then asks Hikari, which
 * then has a connection or room for a new one: a timeout there means the database cannot be reached. From then on
 * callers fail at once, except one a second that tries the database again; its success ends the outage.
 */
public class OutageAwareDataSource extends HikariDataSource {

    private static final long SLICE_MILLIS = 200;
    /** During an outage, how often a caller tries the database again (the others fail at once). */
    private static final long PROBE_INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();

    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile long nextProbeAt;
    private volatile Semaphore places;
    private volatile Duration queueTimeout = Duration.ofSeconds(30);

    public void setQueueTimeout(Duration queueTimeout) {
        this.queueTimeout = queueTimeout;
    }

    /** True while the last attempt to reach the database failed. */
    public boolean isDatabaseDown() {
        return down.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        boolean probe = takePlace();
        try {
            Connection connection = super.getConnection();
            down.set(false);
            return releasingOnClose(connection);
        } catch (SQLException | RuntimeException failed) {
            places().release();
            if (failed instanceof SQLException) {
                nextProbeAt = System.nanoTime() + PROBE_INTERVAL_NANOS;
                down.set(true);
            }
            throw failed;
        } finally {
            if (probe) {
                probing.set(false);
            }
        }
    }

    /** Waits for a place; true when this caller is the one trying a database that was down. */
    private boolean takePlace() throws SQLException {
        long deadline = System.nanoTime() + queueTimeout.toNanos();
        while (true) {
            boolean probe = false;
            if (down.get()) {
                if (System.nanoTime() - nextProbeAt < 0 || !probing.compareAndSet(false, true)) {
                    throw new SQLTransientConnectionException(getPoolName()
                            + " - the database could not be reached a moment ago", "08001");
                }
                probe = true;
            }
            try {
                if (places().tryAcquire(SLICE_MILLIS, TimeUnit.MILLISECONDS)) {
                    return probe;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLTransientConnectionException(getPoolName() + " - interrupted while waiting", "08001", e);
            }
            if (probe) {
                probing.set(false);
            }
            if (System.nanoTime() > deadline) {
                throw new SQLTransientConnectionException(getPoolName() + " - every connection stayed busy for "
                        + queueTimeout.toSeconds() + " s", "08001");
            }
        }
    }

    private Semaphore places() {
        Semaphore current = places;
        if (current == null) {
            synchronized (this) {
                if (places == null) {
                    places = new Semaphore(getMaximumPoolSize(), true);
                }
                current = places;
            }
        }
        return current;
    }

    /** The pool's connection, giving its place back exactly once when closed. */
    private Connection releasingOnClose(Connection connection) {
        AtomicBoolean released = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        default -> {
                        }
                    }
                    if (method.getName().equals("close") && released.compareAndSet(false, true)) {
                        try {
                            connection.close();
                        } finally {
                            places().release();
                        }
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
