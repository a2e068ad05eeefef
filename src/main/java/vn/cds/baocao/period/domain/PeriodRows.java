package vn.cds.baocao.period.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The periods as plain rows: every dashboard reads the period list on each computation, and as entities it cost
 * more than the statement (Hibernate's query and row machinery for a few rows, issue 14).
 */
@Repository
public class PeriodRows {

    private static final String SELECT = "SELECT id, period_year, period_month, label, data_to FROM reporting_period ";

    private final JdbcClient jdbc;

    public PeriodRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every period, newest first. */
    public List<PeriodSummary> newestFirst() {
        return jdbc.sql(SELECT + "ORDER BY period_year DESC, period_month DESC")
                .query((rs, row) -> summary(rs)).list();
    }

    public Optional<PeriodSummary> find(long id) {
        return jdbc.sql(SELECT + "WHERE id = ?").param(id).query((rs, row) -> summary(rs)).optional();
    }

    private static PeriodSummary summary(ResultSet rs) throws SQLException {
        return new PeriodSummary(rs.getLong(1), YearMonth.of(rs.getInt(2), rs.getInt(3)), rs.getString(4),
                rs.getObject(5, LocalDate.class));
    }
}
