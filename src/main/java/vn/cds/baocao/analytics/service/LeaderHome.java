package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;
import java.util.List;
import vn.cds.baocao.indicator.service.Change;
import vn.cds.baocao.indicator.service.Verdict;

/**
 * What a leader sees first: the key figures of the latest period with approved reports against their targets,
 * the composite ranking's first and last places, and the change since the previous approved period.
 *
 * @param previous the latest earlier period with approved reports (what the changes compare with), or null
 */
public record LeaderHome(PeriodRef period, PeriodRef previous, List<KeyFigure> figures, List<Place> top,
                         List<Place> bottom) {

    /**
     * A province-wide figure (the TỔNG of its table, approved reports only).
     *
     * @param sectionCode  the table it is the TỔNG of
     * @param value        null when no approved report holds it
     * @param verdict      against the general target of the period's year ({@link Verdict#NONE} without one)
     * @param change       against the previous approved period's TỔNG; null when either is missing
     * @param contributing units whose approved figure is in the total
     * @param expected     units expected to give it
     */
    public record KeyFigure(ColumnSpec column, String sectionCode, BigDecimal value, Verdict verdict, Change change,
                            int contributing, int expected) {

        public String valueText() {
            return column.formatTotal(value);
        }
    }

    /** A unit's place in the composite ranking, with its score (0–100). */
    public record Place(UnitRef unit, int rank, BigDecimal score) {
    }
}
