package vn.cds.baocao.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * Backup and restore as a round trip: the suite's database (demo data: reports, values, events, users, units...) is
 * backed up and restored on a second embedded server, and every table compares equal, row count and CHECKSUM TABLE.
 * A restore that cannot finish changes nothing.
 */
@CdsSpringTest
class DatabaseBackupTest {

    @TempDir
    static Path temp;
    static EmbeddedMariaDb second;
    private static Path backup;

    @Autowired
    EmbeddedMariaDb server;

    @Autowired
    DataSource dataSource;

    @BeforeAll
    static void startASecondServer() {
        second = EmbeddedMariaDb.start(EmbeddedDatabaseProperties.of(temp.resolve("second").toString(), 0));
    }

    @AfterAll
    static void stopTheSecondServer() {
        if (second != null) {
            second.stop();
        }
    }

    @Test
    void aBackupRestoredOnAnotherServerHoldsEveryTableAndRowOfTheOriginal() throws Exception {
        Map<String, String> original = fingerprint(server);
        assertThat(original).containsKeys("report", "report_value", "report_event", "app_user", "app_user_role",
                "unit", "indicator", "reporting_period", "DATABASECHANGELOG");
        for (String table : List.of("report", "report_value", "report_event", "app_user", "unit", "indicator")) {
            assertThat(original.get(table)).as(table).doesNotStartWith("0 ");
        }
        Path file = backupOfTheSuiteDatabase();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        int tables = backups(second).restore(second.rootTarget(), file);

        assertThat(tables).isEqualTo(original.size());
        assertThat(fingerprint(second)).isEqualTo(original);
        assertThat(schemas(second)).doesNotContain("cds_restore", "cds_previous");

        // a restore replaces what is there, whatever it became
        try (Connection root = second.openRootConnection("cds"); Statement statement = root.createStatement()) {
            statement.execute("DELETE FROM report_value WHERE id IN (SELECT id FROM (SELECT id FROM report_value "
                    + "ORDER BY id LIMIT 5) AS firsts)");
            statement.execute("UPDATE unit SET short_name = 'đổi' WHERE id = (SELECT MIN(id) FROM unit)");
            statement.execute("CREATE TABLE stray (id INT PRIMARY KEY)");
        }
        assertThat(fingerprint(second)).isNotEqualTo(original);
        backups(second).restore(second.rootTarget(), file);
        assertThat(fingerprint(second)).isEqualTo(original);
    }

    @Test
    void aRestoreIsRefusedWhileTheApplicationUsesTheDatabase() throws Exception {
        Path file = backupOfTheSuiteDatabase();
        Map<String, String> before = fingerprint(server);
        try (Connection application = dataSource.getConnection()) {
            assertThat(application.isValid(5)).isTrue();
            assertThatThrownBy(() -> backups(server).restore(server.rootTarget(), file))
                    .isInstanceOf(BusinessException.class)
                    .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo("db.restore.inUse");
        }
        assertThat(fingerprint(server)).isEqualTo(before);
        assertThat(schemas(server)).doesNotContain("cds_restore", "cds_previous");
    }

    @Test
    void aFileCutShortIsRefusedBeforeAnythingChanges() throws Exception {
        byte[] whole = Files.readAllBytes(backupOfTheSuiteDatabase());
        Path cut = temp.resolve("cut.sql");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        Map<String, String> before = fingerprint(second);

        assertThatThrownBy(() -> backups(second).restore(second.rootTarget(), cut))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo("db.restore.incomplete");
        assertThat(fingerprint(second)).isEqualTo(before);
    }

    @Test
    void aFileThatFailsHalfwayChangesNothingAndSaysWhere() throws Exception {
        List<String> lines = Files.readAllLines(backupOfTheSuiteDatabase(), StandardCharsets.UTF_8);
        int middle = indexOfFirst(lines, "INSERT INTO `report_value`");
        List<String> broken = new ArrayList<>(lines);
        broken.add(middle, "INSERT INTO `report_value` VALUES (this is not a row);");
        Path file = temp.resolve("broken.sql");
        Files.write(file, broken, StandardCharsets.UTF_8);
        Map<String, String> before = fingerprint(second);

        assertThatThrownBy(() -> backups(second).restore(second.rootTarget(), file))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).getMessageKey()).isEqualTo("db.restore.loadFailed"))
                .satisfies(e -> assertThat(e.getLocalizedMessage())
                        .contains("dừng lại ở lỗi đầu tiên", "ERROR", "không bị thay đổi"));
        assertThat(fingerprint(second)).isEqualTo(before);
        assertThat(schemas(second)).doesNotContain("cds_restore", "cds_previous");
    }

    @Test
    void aFileThatIsNotABackupOfTheApplicationIsRefused() throws Exception {
        Path file = temp.resolve("other.sql");
        Files.writeString(file, "CREATE TABLE something_else (id INT PRIMARY KEY);\n"
                + DatabaseBackup.COMPLETE_MARK + "\n", StandardCharsets.UTF_8);
        Map<String, String> before = fingerprint(second);

        assertThatThrownBy(() -> backups(second).restore(second.rootTarget(), file))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo("db.restore.notABackup");
        assertThat(fingerprint(second)).isEqualTo(before);
    }

    @Test
    void theCommandsBackUpARunningServerAndRefuseToRestoreUnderARunningApplication() throws Exception {
        Path file = temp.resolve("by-command.sql");
        String directory = "--cds.embedded-db.directory=" + second.directory();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        DatabaseCommand command = new DatabaseCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(command.run("backup", new String[] {directory, file.toString()})).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã sao lưu cơ sở dữ liệu", file.toString());
        assertThat(DatabaseBackup.isComplete(file)).isTrue();

        // the second server runs under this JVM: to the command, the application is running on that folder
        Map<String, String> before = fingerprint(second);
        assertThat(command.run("restore", new String[] {directory, file.toString()})).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Không phục hồi khi ứng dụng đang chạy");
        assertThat(fingerprint(second)).isEqualTo(before);

        assertThat(command.run("restore", new String[] {directory})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cách dùng");
    }

    private Path backupOfTheSuiteDatabase() {
        synchronized (DatabaseBackupTest.class) {
            if (backup == null) {
                Path file = temp.resolve("suite.sql");
                backups(server).backup(server.rootTarget(), file);
                backup = file;
            }
            return backup;
        }
    }

    private static DatabaseBackup backups(EmbeddedMariaDb on) {
        return new DatabaseBackup(on.clients());
    }

    /** Row count and CHECKSUM TABLE of every table of the schema. */
    static Map<String, String> fingerprint(EmbeddedMariaDb on) throws SQLException {
        Map<String, String> fingerprint = new TreeMap<>();
        try (Connection root = on.openRootConnection(on.databaseName())) {
            for (String table : DatabaseBackup.tables(root, on.databaseName())) {
                try (Statement statement = root.createStatement()) {
                    long rows;
                    try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                        count.next();
                        rows = count.getLong(1);
                    }
                    try (ResultSet checksum = statement.executeQuery("CHECKSUM TABLE `" + table + "`")) {
                        checksum.next();
                        fingerprint.put(table, rows + " " + checksum.getString("Checksum"));
                    }
                }
            }
        }
        return fingerprint;
    }

    private static List<String> schemas(EmbeddedMariaDb on) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Connection root = on.openRootConnection(""); Statement statement = root.createStatement();
             ResultSet rows = statement.executeQuery("SHOW DATABASES")) {
            while (rows.next()) {
                schemas.add(rows.getString(1));
            }
        }
        return schemas;
    }

    private static int indexOfFirst(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }
}
