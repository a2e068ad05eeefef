package vn.cds.baocao.organization.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Units as lists and dashboards need them, read in one light query: a province may have thousands of units
 * (communes since 2025) and loading them as entities would cost more than the figures themselves.
 */
@Repository
public class UnitRows {

    private final JdbcClient jdbc;

    public UnitRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every unit, in display order. */
    public List<UnitSummary> all() {
        return jdbc.sql("SELECT u.id, u.code, u.short_name, u.full_name, u.type_code, t.name_vi, t.name_en, "
                        + "t.reporting, u.valid_from, u.valid_to, u.display_order, t.display_order "
                        + "FROM unit u JOIN unit_type t ON t.code = u.type_code ORDER BY u.display_order, u.id")
                .query((rs, row) -> new UnitSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8),
                        rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class), rs.getInt(11),
                        rs.getInt(12)))
                .list();
    }
}
