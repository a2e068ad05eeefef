package vn.cds.baocao.analytics.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Units as the dashboards need them, read in one light query: a province may have thousands of units (communes
 * since 2025) and loading them as entities would cost more than the figures themselves.
 */
@Repository
public class UnitRows {

    private final JdbcClient jdbc;

    public UnitRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every unit, in display order. */
    public List<UnitRow> all() {
        return jdbc.sql("SELECT u.id, u.code, u.short_name, u.full_name, u.type_code, t.name_vi, t.name_en, "
                        + "t.reporting, u.valid_from, u.valid_to, u.display_order, t.display_order "
                        + "FROM unit u JOIN unit_type t ON t.code = u.type_code ORDER BY u.display_order, u.id")
                .query((rs, row) -> new UnitRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8),
                        rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class), rs.getInt(11),
                        rs.getInt(12)))
                .list();
    }

    /**
     * @param reportingType units of this type are expected to report ({@code unit_type.reporting})
     * @param validTo       last day the unit exists; null while active
     */
    public record UnitRow(long id, String code, String shortName, String fullName, String typeCode,
                          String typeNameVi, String typeNameEn, boolean reportingType, LocalDate validFrom,
                          LocalDate validTo, int displayOrder, int typeOrder) {

        /** Same rule as {@code Unit.reportsForCutOff}: a reporting unit that still exists on the cut-off day. */
        public boolean reportsForCutOff(LocalDate cutOff) {
            return reportingType && !cutOff.isBefore(validFrom) && (validTo == null || !cutOff.isAfter(validTo));
        }

        public String typeName(Locale locale) {
            return "en".equals(locale.getLanguage()) ? typeNameEn : typeNameVi;
        }
    }
}
