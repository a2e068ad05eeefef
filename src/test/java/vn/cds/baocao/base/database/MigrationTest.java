package vn.cds.baocao.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cds.baocao.support.CdsSpringTest;

/** The changelog applies to an empty MariaDB database, and applying it again changes nothing. */
@CdsSpringTest
class MigrationTest {

    private static final String SCRATCH = "cds_migration_check";
    private static final String[] TABLES = {"unit_type", "unit", "unit_alias", "indicator_section", "indicator",
        "indicator_unit_type", "indicator_unit_exemption", "target", "reporting_period", "app_user", "app_user_role",
        "report", "report_value", "report_event"};

    @Autowired
    DataSource dataSource;

    @Autowired
    EmbeddedMariaDb server;

    @Test
    void changelogAppliesToAnEmptyDatabaseAndASecondRunChangesNothing() throws Exception {
        // the application's account has rights on its own schema only: the scratch schema is root's
        try (Connection admin = server.openRootConnection(""); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SCRATCH);
            statement.execute("CREATE DATABASE " + SCRATCH + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        // a connection of its own, outside the application's pool, to the empty scratch database
        try (Connection connection = server.openRootConnection(SCRATCH)) {
            assertThat(rowCounts(connection)).isEmpty();

            update(connection);
            Map<String, Long> afterFirstRun = rowCounts(connection);
            assertThat(afterFirstRun).containsKeys(TABLES);
            assertThat(afterFirstRun.get("unit")).isPositive();
            assertThat(afterFirstRun.get("report_value")).isPositive();
            long changeSets = count(connection, "DATABASECHANGELOG");

            try (Liquibase liquibase = liquibase(connection)) {
                assertThat(liquibase.listUnrunChangeSets(new Contexts("demo"), new LabelExpression())).isEmpty();
            }
            update(connection);
            assertThat(rowCounts(connection)).isEqualTo(afterFirstRun);
            assertThat(count(connection, "DATABASECHANGELOG")).isEqualTo(changeSets);
        } finally {
            try (Connection admin = server.openRootConnection(""); Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + SCRATCH);
            }
        }
    }

    @Test
    void theApplicationDatabaseHasNoPendingChangeSets() throws Exception {
        try (Connection connection = dataSource.getConnection(); Liquibase liquibase = liquibase(connection)) {
            assertThat(liquibase.listUnrunChangeSets(new Contexts("demo"), new LabelExpression())).isEmpty();
        }
    }

    private static void update(Connection connection) throws Exception {
        try (Liquibase liquibase = liquibase(connection)) {
            liquibase.update(new Contexts("demo"), new LabelExpression());
        }
    }

    private static Liquibase liquibase(Connection connection) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new UncloseableJdbcConnection(connection));
        return new Liquibase("db-changelog/master.xml", new ClassLoaderResourceAccessor(), database);
    }

    private static Map<String, Long> rowCounts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, table, null)) {
                if (tables.next()) {
                    counts.put(table, count(connection, table));
                }
            }
        }
        return counts;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Liquibase closes its connection when done; the test keeps using it. */
    private static final class UncloseableJdbcConnection extends JdbcConnection {
        UncloseableJdbcConnection(Connection connection) {
            super(connection);
        }

        @Override
        public void close() {
            // the test closes the connection
        }
    }
}
