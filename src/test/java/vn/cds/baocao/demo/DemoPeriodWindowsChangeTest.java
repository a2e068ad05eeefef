package vn.cds.baocao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import liquibase.database.core.MariaDBDatabase;
import liquibase.database.jvm.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * Changeset 060 on a demo database made before the province's rhythm: its in-between periods on the decree's
 * 15th→14th windows are moved onto the seeds' rhythm, the seed periods (approved reports) stay. Run on the test
 * database inside a transaction that is rolled back.
 */
@CdsSpringTest
class DemoPeriodWindowsChangeTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theOldDecreeWindowsBetweenTheSeedsAreRealignedAndTheSeedsStay() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // other tests of the run hand in reports in the shared database: only the seed months keep theirs here
                statement.executeUpdate("UPDATE report r JOIN reporting_period p ON p.id = r.period_id SET r.status = 'DRAFT' "
                        + "WHERE NOT (p.period_year = 2022 AND p.period_month = 9) "
                        + "AND NOT (p.period_year = 2024 AND p.period_month IN (3, 7))");
                // as the start-up of an older version created them: 15th of the previous month → 14th, due 3 days on
                statement.executeUpdate("UPDATE reporting_period SET "
                        + "data_from = DATE_SUB(MAKEDATE(period_year, 1) + INTERVAL (period_month - 1) MONTH + INTERVAL 14 DAY, INTERVAL 1 MONTH), "
                        + "data_to = MAKEDATE(period_year, 1) + INTERVAL (period_month - 1) MONTH + INTERVAL 13 DAY, "
                        + "deadline = MAKEDATE(period_year, 1) + INTERVAL (period_month - 1) MONTH + INTERVAL 16 DAY "
                        + "WHERE status = 'OPEN' AND period_year = 2024");
                assertThat(windows(statement)).contains("2024-04: 2024-03-15 – 2024-04-14 (2024-04-17)");

                MariaDBDatabase database = new MariaDBDatabase();
                database.setConnection(new JdbcConnection(connection));
                DemoPeriodWindowsChange change = new DemoPeriodWindowsChange();
                change.execute(database);

                assertThat(windows(statement)).containsSubsequence(
                        "2024-02: 2024-02-21 – 2024-03-20 (2024-03-25)",
                        "2024-03: 2024-03-21 – 2024-04-20 (2024-04-22)", // seed, approved reports
                        "2024-04: 2024-04-21 – 2024-05-20 (2024-05-23)",
                        "2024-05: 2024-05-21 – 2024-06-20 (2024-06-25)",
                        "2024-06: 2024-06-21 – 2024-07-21 (2024-07-24)",
                        "2024-07: 2024-07-22 – 2024-08-20 (2024-08-22)", // seed
                        "2024-08: 2024-08-21 – 2024-09-20 (2024-09-25)",
                        "2024-12: 2024-12-21 – 2025-01-20 (2025-01-23)",
                        "2025-01: 2025-01-21 – 2025-02-20 (2025-02-25)");
                assertThat(change.getConfirmationMessage()).startsWith("10 demo period(s)");
            } finally {
                connection.rollback();
            }
        }
    }

    private static List<String> windows(Statement statement) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT CONCAT(period_year, '-', LPAD(period_month, 2, '0'), ': ', "
                + "data_from, ' – ', data_to, ' (', deadline, ')') FROM reporting_period ORDER BY period_year, period_month")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
