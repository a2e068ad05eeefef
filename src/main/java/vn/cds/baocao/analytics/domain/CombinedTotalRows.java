package vn.cds.baocao.analytics.domain;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cds.baocao.base.i18n.Messages;

/**
 * The extra total rows of the tables (table {@code analytics_combined_total}, written by the changelog), in one
 * light query.
 */
@Repository
public class CombinedTotalRows {

    /**
     * One column of an extra total row, e.g. "Tổng Thuế và Phí, lệ phí" of the payments table: under the column of
     * {@code indicatorId} it shows TỔNG(indicatorId) + TỔNG(plusIndicatorId).
     */
    public record CombinedTotalRow(String sectionCode, String labelVi, String labelEn, long indicatorId,
                                   long plusIndicatorId) {

        public String label(Locale locale) {
            return Messages.pick(locale, labelVi, labelEn);
        }
    }

    private final JdbcClient jdbc;

    public CombinedTotalRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In the order they were defined. */
    public List<CombinedTotalRow> all() {
        return jdbc.sql("SELECT section_code, label_vi, label_en, indicator_id, plus_indicator_id "
                        + "FROM analytics_combined_total ORDER BY id")
                .query((rs, row) -> new CombinedTotalRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getLong(5)))
                .list();
    }
}
