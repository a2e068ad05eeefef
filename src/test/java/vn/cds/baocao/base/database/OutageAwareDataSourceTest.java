package vn.cds.baocao.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cds.baocao.base.error.DatabaseUnavailable;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * The pool tells a crowd from an outage: many callers waiting for a busy pool all get their turn, far beyond the
 * 3 s that mean "the database cannot be reached"; a database that cannot be reached fails the first caller within
 * that time and the next ones at once.
 */
@CdsSpringTest
class OutageAwareDataSourceTest {

    private static final Duration DATABASE_WAIT = Duration.ofMillis(500);

    @Autowired
    EmbeddedMariaDb server;

    @Test
    void aCrowdWaitsItsTurnLongerThanTheDatabaseWait() throws Exception {
        try (OutageAwareDataSource pool = pool(server.jdbcUrl())) {
            ExecutorService crowd = Executors.newFixedThreadPool(12);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(crowd.submit(() -> {
                    try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                        statement.execute("DO SLEEP(0.3)");
                        return 1;
                    }
                }));
            }
            int served = 0;
            for (Future<Integer> answer : answers) {
                served += answer.get();
            }
            crowd.shutdown();
            // 12 callers × 0,3 s on 2 connections: the last waits about 1,8 s, over three times the database wait
            assertThat(served).isEqualTo(12);
            assertThat(pool.isDatabaseDown()).isFalse();
        }
    }

    @Test
    void plainHikariCallsTheSameCrowdAnOutage() throws Exception {
        try (HikariDataSource pool = new HikariDataSource()) {
            configure(pool, server.jdbcUrl());
            ExecutorService crowd = Executors.newFixedThreadPool(12);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(crowd.submit(() -> {
                    try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                        statement.execute("DO SLEEP(0.3)");
                        return 1;
                    } catch (SQLException refused) {
                        return 0;
                    }
                }));
            }
            int served = 0;
            for (Future<Integer> answer : answers) {
                served += answer.get();
            }
            crowd.shutdown();
            assertThat(served).as("the reason for OutageAwareDataSource").isLessThan(12);
        }
    }

    @Test
    void anUnreachableDatabaseFailsTheFirstCallerInTimeAndTheNextAtOnce() throws Exception {
        try (OutageAwareDataSource pool = pool("jdbc:mariadb://127.0.0.1:" + closedPort() + "/cds")) {
            long started = System.nanoTime();
            Throwable first = catchThrowable(pool::getConnection);
            Duration firstTook = Duration.ofNanos(System.nanoTime() - started);

            started = System.nanoTime();
            Throwable second = catchThrowable(pool::getConnection);
            Duration secondTook = Duration.ofNanos(System.nanoTime() - started);

            assertThat(DatabaseUnavailable.isCause(first)).as("%s", first).isTrue();
            assertThat(firstTook).isLessThan(DATABASE_WAIT.plusSeconds(2));
            assertThat(pool.isDatabaseDown()).isTrue();
            assertThat(DatabaseUnavailable.isCause(second)).as("%s", second).isTrue();
            assertThat(secondTook).isLessThan(DATABASE_WAIT);
        }
    }

    @Test
    void aClosedConnectionGivesItsPlaceBackOnce() throws Exception {
        try (OutageAwareDataSource pool = pool(server.jdbcUrl())) {
            Connection connection = pool.getConnection();
            connection.close();
            connection.close();
            // still two places, not three: with both taken, a third caller waits in the queue (and is refused
            // when its short wait ends) instead of reaching the pool, which would time out and report an outage
            try (Connection a = pool.getConnection(); Connection b = pool.getConnection()) {
                assertThat(a.isValid(1)).isTrue();
                assertThat(b.isValid(1)).isTrue();
                Throwable third = catchThrowable(() -> shortQueue(pool).getConnection());
                assertThat(third).hasMessageContaining("stayed busy");
                assertThat(pool.isDatabaseDown()).isFalse();
            }
        }
    }

    private OutageAwareDataSource shortQueue(OutageAwareDataSource pool) {
        pool.setQueueTimeout(Duration.ofMillis(300));
        return pool;
    }

    private OutageAwareDataSource pool(String url) {
        OutageAwareDataSource pool = new OutageAwareDataSource();
        configure(pool, url);
        pool.setQueueTimeout(Duration.ofSeconds(20));
        return pool;
    }

    private void configure(HikariDataSource pool, String url) {
        pool.setJdbcUrl(url);
        pool.setUsername(server.username());
        pool.setPassword(server.password());
        pool.setMaximumPoolSize(2);
        pool.setMinimumIdle(0);
        pool.setConnectionTimeout(DATABASE_WAIT.toMillis());
        pool.setValidationTimeout(250);
        pool.setInitializationFailTimeout(-1);
        pool.addDataSourceProperty("connectTimeout", "400");
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
