package vn.cds.baocao.base.database.outage;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's MariaDB server ({@code apt-get install mariadb-server}; .ci/run installs it) as a child process of the
 * test, the way an external database runs in production: its own data folder in a temporary directory, a free port
 * on 127.0.0.1, a database {@code cds} and a password account for the application. Not a system service: the test
 * stops and starts it at will, on the same port and data, like an administrator restarting the server.
 */
final class ExternalMariaDb implements AutoCloseable {

    static final String DATABASE = "cds";
    static final String USER = "cds_app";
    static final String PASSWORD = "Ngoai-vi-2024";
    /** An account of the test itself: watches the server's open transactions and holds row locks. */
    static final String OBSERVER = "cds_observer";

    private static final Path INSTALL_DB = Path.of("/usr/bin/mariadb-install-db");
    private static final Path SERVER = Path.of("/usr/sbin/mariadbd");
    private static final Duration START_LIMIT = Duration.ofSeconds(90);

    private final Path directory;
    private final int port;
    private Process server;

    private ExternalMariaDb(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** A fresh server with its own data folder, started and ready. */
    static ExternalMariaDb startFresh() throws IOException, InterruptedException {
        if (!Files.isExecutable(INSTALL_DB) || !Files.isExecutable(SERVER)) {
            fail("The outage proofs need Debian's MariaDB server: apt-get install mariadb-server (.ci/run installs it)");
        }
        Path directory = Files.createTempDirectory("cds-proof-mariadb");
        ExternalMariaDb db = new ExternalMariaDb(directory, freePort());
        db.install();
        db.start();
        return db;
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    int port() {
        return port;
    }

    /** A connection of the observer account (not the application's). */
    Connection observe() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), OBSERVER, PASSWORD);
    }

    private void install() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(INSTALL_DB.toString(), "--no-defaults",
                "--datadir=" + data(), "--auth-root-authentication-method=normal", "--skip-test-db"));
        command.addAll(userOption());
        Process install = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve("install.log").toFile()).start();
        if (!install.waitFor(120, TimeUnit.SECONDS) || install.exitValue() != 0) {
            install.destroyForcibly();
            fail("mariadb-install-db failed:\n" + tail(directory.resolve("install.log")));
        }
        // Runs at every start; idempotent.
        Files.writeString(directory.resolve("init.sql"), """
                CREATE DATABASE IF NOT EXISTS %1$s CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
                CREATE USER IF NOT EXISTS '%2$s'@'127.0.0.1' IDENTIFIED BY '%4$s';
                GRANT ALL PRIVILEGES ON %1$s.* TO '%2$s'@'127.0.0.1';
                CREATE USER IF NOT EXISTS '%3$s'@'127.0.0.1' IDENTIFIED BY '%4$s';
                GRANT SELECT, PROCESS ON *.* TO '%3$s'@'127.0.0.1';
                GRANT UPDATE ON %1$s.* TO '%3$s'@'127.0.0.1';
                """.formatted(DATABASE, USER, OBSERVER, PASSWORD), StandardCharsets.UTF_8);
    }

    /** Starts the server (again) on the same port and data, and waits until it accepts the application's login. */
    void start() throws IOException, InterruptedException {
        if (server != null && server.isAlive()) {
            throw new IllegalStateException("already running");
        }
        List<String> command = new ArrayList<>(List.of(SERVER.toString(), "--no-defaults",
                "--datadir=" + data(), "--port=" + port, "--bind-address=127.0.0.1",
                "--socket=" + directory.resolve("mariadb.sock"), "--pid-file=" + directory.resolve("mariadb.pid"),
                "--init-file=" + directory.resolve("init.sql"), "--innodb-buffer-pool-size=128M",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"));
        command.addAll(userOption());
        server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("server.log").toFile())).start();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                fail("mariadbd stopped at start:\n" + tail(directory.resolve("server.log")));
            }
            try (Connection ignored = DriverManager.getConnection(jdbcUrl(), USER, PASSWORD)) {
                return;
            } catch (SQLException notYet) {
                Thread.sleep(200);
            }
        }
        fail("mariadbd did not accept connections within " + START_LIMIT.toSeconds() + " s:\n"
                + tail(directory.resolve("server.log")));
    }

    /** Stops the server the way an administrator does (SIGTERM, clean shutdown) and waits until it is gone. */
    void stop() throws InterruptedException {
        if (server == null) {
            return;
        }
        server.destroy();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        server = null;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path data() {
        return directory.resolve("data");
    }

    /** As root, mariadbd must be told to run as root. */
    private static List<String> userOption() {
        String user = System.getProperty("user.name");
        return "root".equals(user) ? List.of("--user=root") : List.of();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
