package vn.cds.baocao.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * The embedded server has real accounts (it ran with --skip-grant-tables: any local process could read and change
 * every report without a password). Checked on the suite's own server, which starts like a production one.
 */
@CdsSpringTest
class EmbeddedAccountsTest {

    @Autowired
    EmbeddedMariaDb server;

    @Autowired
    DataSource dataSource;

    @Test
    void rootWithoutAPasswordIsRefusedOverTcp() {
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(""), "root", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(""), "root", server.password()).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
    }

    @Test
    void anAnonymousOrUnknownAccountIsRefused() {
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(""), "", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied")
                .extracting(e -> ((SQLException) e).getErrorCode()).as("ER_ACCESS_DENIED_ERROR").isEqualTo(1045);
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(""), "nobody", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
    }

    @Test
    void theApplicationsAccountWithAWrongPasswordIsRefused() {
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), server.username(), "wrong").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), server.username(), "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
    }

    @Test
    void theApplicationSignsInAsItsOwnAccountWithRightsOnItsSchemaOnly() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT CURRENT_USER()")).isEqualTo("cds@127.0.0.1");
            List<String> grants = all(statement, "SHOW GRANTS");
            assertThat(grants).hasSize(2);
            assertThat(grants.get(0)).startsWith("GRANT USAGE ON *.*");
            assertThat(grants.get(1)).contains("ON `cds`.*").doesNotContain("ALL PRIVILEGES", "GRANT OPTION");
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM mysql.global_priv"))
                    .isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getErrorCode()).as("ER_TABLEACCESS_DENIED_ERROR").isEqualTo(1142);
            assertThatThrownBy(() -> statement.execute("CREATE DATABASE cds_intruder"))
                    .isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getErrorCode()).as("ER_DBACCESS_DENIED_ERROR").isEqualTo(1044);
            assertThatThrownBy(() -> statement.execute("SET GLOBAL max_connections = 5"))
                    .isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getErrorCode()).as("ER_SPECIFIC_ACCESS_DENIED_ERROR")
                    .isEqualTo(1227);
        }
    }

    @Test
    void thePasswordsAreInAFileOnlyTheApplicationsUserCanRead() throws Exception {
        Path file = server.directory().resolve(EmbeddedCredentials.FILE_NAME);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        EmbeddedCredentials credentials = EmbeddedCredentials.read(file);
        assertThat(credentials.appUser()).isEqualTo(server.username());
        assertThat(credentials.appPassword()).isEqualTo(server.password()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(credentials.rootPassword()).isNotEqualTo(credentials.appPassword());
        try (Connection root = server.openRootConnection(""); Statement statement = root.createStatement()) {
            assertThat(single(statement, "SELECT CURRENT_USER()")).isEqualTo("root@127.0.0.1");
        }
        // the SQL that set the passwords is gone once the server runs
        assertThat(server.directory().resolve("init-accounts.sql")).doesNotExist();
    }

    @Test
    void whatTheInstallerLeavesOpenIsClosed() throws SQLException {
        try (Connection root = server.openRootConnection(""); Statement statement = root.createStatement()) {
            assertThat(all(statement, "SELECT CONCAT(User, '@', Host) FROM mysql.global_priv WHERE User IN ('', 'root')"))
                    .containsExactlyInAnyOrder("root@localhost", "root@127.0.0.1");
            assertThat(all(statement, "SELECT Db FROM mysql.db WHERE Db LIKE 'test%'")).isEmpty();
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        return all(statement, sql).get(0);
    }

    private static List<String> all(Statement statement, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
