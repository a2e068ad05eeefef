package vn.cds.baocao.indicator.domain;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A year's targets as the verdicts need them, in one light query: every dashboard's computation judges its figures
 * against them, and loading them as entities (each with its indicator's proxy) cost more than the statement.
 * Administrators edit {@link Target} entities.
 */
@Repository
public class TargetRows {

    /** One target: the indicator, the unit type it is scoped to (null: the general target), the rule. */
    public record TargetRow(long indicatorId, String unitTypeCode, Comparator comparator, BigDecimal value) {
    }

    private final JdbcClient jdbc;

    public TargetRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TargetRow> ofYear(int year) {
        return jdbc.sql("SELECT indicator_id, unit_type_code, comparator, target_value FROM target "
                        + "WHERE target_year = ?")
                .param(year)
                .query((rs, row) -> new TargetRow(rs.getLong(1), rs.getString(2), Comparator.valueOf(rs.getString(3)),
                        rs.getBigDecimal(4)))
                .list();
    }
}
