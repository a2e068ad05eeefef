package vn.cds.baocao.base.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cds.baocao.base.error.BusinessException;

/**
 * Backup and restore of the application's schema as one SQL file ({@code mariadb-dump}).
 *
 * <p>A backup is a consistent snapshot taken while the application runs ({@code --single-transaction}); it is
 * written next to the target file and renamed into place only when complete, readable by the owner only (it holds
 * the accounts' password hashes).
 *
 * <p>A restore never leaves a half-restored database: it loads the file into a schema of its own
 * ({@code cds_restore}), stopping at the first error, and only when all of it loaded does it swap the tables in with
 * one {@code RENAME TABLE} (atomic: all tables or none). It is refused while any other session uses the schema,
 * i.e. while the application runs on it.
 */
public final class DatabaseBackup {

    /** The last line mariadb-dump writes: a file without it was cut short. */
    static final String COMPLETE_MARK = "-- Dump completed";
    static final String CHANGELOG_TABLE = "DATABASECHANGELOG";
    private static final String CHARSET = "CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci";
    private static final List<String> DUMP_OPTIONS = List.of("--single-transaction", "--triggers", "--hex-blob",
            "--skip-dump-date");
    private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);

    private final MariaDbClients clients;

    public DatabaseBackup(MariaDbClients clients) {
        this.clients = clients;
    }

    /** Writes every table of the source schema, structure and rows, to {@code file}. */
    public void backup(DatabaseTarget source, Path file) {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(partial);
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(EmbeddedCredentials.OWNER_ONLY));
        } catch (IOException e) {
            throw new BusinessException("db.backup.cannotWrite", target, e.getMessage());
        }
        MariaDbClients.Result result = clients.dump(source, DUMP_OPTIONS, partial);
        if (!result.ok() || !isComplete(partial)) {
            deleteQuietly(partial);
            throw new BusinessException("db.backup.failed", source, firstLines(result.errors()));
        }
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new BusinessException("db.backup.cannotWrite", target, e.getMessage());
        }
    }

    /**
     * Replaces every table of the target schema with those of the backup file.
     *
     * @return the number of tables restored
     */
    public int restore(DatabaseTarget target, Path file) {
        Path source = file.toAbsolutePath();
        if (!Files.isRegularFile(source) || !Files.isReadable(source)) {
            throw new BusinessException("db.restore.noFile", source);
        }
        if (!isComplete(source)) {
            throw new BusinessException("db.restore.incomplete", source);
        }
        String restore = target.restoreSchema();
        try (Connection connection = target.connect("")) {
            refuseWhileInUse(connection, target.schema());
            if (!schemaExists(connection, target.schema())) {
                execute(connection, "CREATE DATABASE `" + target.schema() + "` " + CHARSET);
            }
            execute(connection, "DROP DATABASE IF EXISTS `" + restore + "`");
            execute(connection, "CREATE DATABASE `" + restore + "` " + CHARSET);
            try {
                MariaDbClients.Result result = clients.load(target, restore, source);
                if (!result.ok()) {
                    throw new BusinessException("db.restore.loadFailed", source, firstLines(result.errors()));
                }
                List<String> restored = tables(connection, restore);
                if (restored.stream().noneMatch(CHANGELOG_TABLE::equalsIgnoreCase)) {
                    throw new BusinessException("db.restore.notABackup", source);
                }
                refuseWhileInUse(connection, target.schema());
                swap(connection, target, restored);
                return restored.size();
            } finally {
                dropQuietly(connection, restore);
            }
        } catch (SQLException e) {
            throw new BusinessException("db.restore.failed", target, e.getMessage());
        }
    }

    /** One RENAME TABLE moves the current tables out and the restored ones in: all of them or, on error, none. */
    private static void swap(Connection connection, DatabaseTarget target, List<String> restored) throws SQLException {
        String schema = target.schema();
        String previous = target.previousSchema();
        execute(connection, "DROP DATABASE IF EXISTS `" + previous + "`");
        execute(connection, "CREATE DATABASE `" + previous + "` " + CHARSET);
        StringJoiner renames = new StringJoiner(", ", "RENAME TABLE ", "");
        for (String table : tables(connection, schema)) {
            renames.add(qualified(schema, table) + " TO " + qualified(previous, table));
        }
        for (String table : restored) {
            renames.add(qualified(target.restoreSchema(), table) + " TO " + qualified(schema, table));
        }
        execute(connection, renames.toString());
        dropQuietly(connection, previous);
    }

    /** Clean-up after the work is done or refused: its failure must not hide what happened. */
    private static void dropQuietly(Connection connection, String schema) {
        try {
            execute(connection, "DROP DATABASE IF EXISTS `" + schema + "`");
        } catch (SQLException e) {
            log.warn("Could not drop the schema {}: {}", schema, e.getMessage());
        }
    }

    private static boolean schemaExists(Connection connection, String schema) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    /** Any other session on the schema means the application (or someone) is using it. */
    private static void refuseWhileInUse(Connection connection, String schema) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID()")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                long sessions = rows.getLong(1);
                if (sessions > 0) {
                    throw new BusinessException("db.restore.inUse", schema, sessions);
                }
            }
        }
    }

    static List<String> tables(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    private static String qualified(String schema, String table) {
        return "`" + schema + "`.`" + table.replace("`", "``") + "`";
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** True when the file ends with mariadb-dump's closing comment. */
    static boolean isComplete(Path file) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int tail = (int) Math.min(length, 256);
            byte[] bytes = new byte[tail];
            in.seek(length - tail);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).contains(COMPLETE_MARK);
        } catch (IOException e) {
            return false;
        }
    }

    private static String firstLines(String text) {
        List<String> lines = text.lines().filter(line -> !line.startsWith("WARNING:")).limit(5).toList();
        return lines.isEmpty() ? "?" : String.join(" / ", lines);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
