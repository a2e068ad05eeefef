package vn.cds.baocao.review.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.domain.ReportTransitions;

/**
 * Units × periods: where every expected report stands.
 *
 * @param rows    one per unit expected to report in at least one of the periods
 * @param totals  per period id
 */
public record CompletenessBoard(List<ReportingPeriod> periods, List<Row> rows, Map<Long, PeriodTotals> totals) {

    public record Row(Unit unit, Map<Long, Cell> cells) {
    }

    /**
     * @param expected false when the unit does not report in that period (not yet created, merged away, no indicator)
     * @param status   null when the unit has not started its report
     * @param late     submitted after the deadline, or still not submitted after it
     */
    public record Cell(boolean expected, Long reportId, ReportStatus status, LocalDate deadline, boolean late) {

        /** Handed in and not back with the unit: with the reviewers or approved. */
        public boolean submitted() {
            return !ReportTransitions.isEditable(status);
        }
    }

    /**
     * @param onTimePercent share of expected units whose first submission came by the deadline (null: none expected)
     */
    public record PeriodTotals(int expected, int submitted, int approved, int onTime, int late,
                               BigDecimal onTimePercent) {
    }
}
