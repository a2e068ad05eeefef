package vn.cds.baocao.review.service;

import java.time.LocalDate;
import java.util.List;
import vn.cds.baocao.period.domain.ReportingPeriod;

/**
 * What a reviewer sees first: how many reports wait for review, and for each current period where the reports
 * stand and which units are late.
 *
 * @param waiting submitted reports of every period, as the review queue lists them
 */
public record ReviewerHome(long waiting, List<PeriodProgress> periods) {

    /**
     * @param expected     units expected to report
     * @param submitted    waiting for review
     * @param returned     sent back to the unit
     * @param approved     approved
     * @param notSubmitted not started or still a draft
     * @param late         units past their deadline that have not submitted, most overdue first
     */
    public record PeriodProgress(ReportingPeriod period, int expected, int submitted, int returned, int approved,
                                 int notSubmitted, List<LateUnit> late) {
    }

    /** @param daysLate days since the unit's deadline (its own, with an extension) */
    public record LateUnit(long unitId, String unitName, LocalDate deadline, long daysLate) {
    }
}
