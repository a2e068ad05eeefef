package vn.cds.baocao.report.service;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.indicator.service.StoredValues;
import vn.cds.baocao.organization.service.UnitActivity;
import vn.cds.baocao.period.service.SubmittedReports;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.domain.ReportValueRepository;

/**
 * What the reports hold, as the features below ask it without knowing reports: a unit cannot end before periods it
 * reported for (organization), a period's window and catalog are fixed once reports were handed in (period,
 * indicator), an indicator's meaning and a target's verdicts are fixed once values are stored (indicator). Called
 * inside the administrators' checked actions.
 */
@Component
@Transactional(readOnly = true)
class ReportHoldings implements UnitActivity, SubmittedReports, StoredValues {

    /** Handed in at least once and not withdrawn: with the reviewers, back with the unit, or approved. */
    private static final Set<ReportStatus> HANDED_IN =
            EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.RETURNED, ReportStatus.APPROVED);

    private final ReportRepository reports;
    private final ReportValueRepository values;

    ReportHoldings(ReportRepository reports, ReportValueRepository values) {
        this.reports = reports;
        this.values = values;
    }

    @Override
    public Optional<PeriodAfter> firstPeriodAfter(long unitId, LocalDate lastDay) {
        return reports.periodsReportedAfter(unitId, lastDay).stream().findFirst()
                .map(period -> new PeriodAfter(period.name(), period.getDataTo()));
    }

    @Override
    public boolean existIn(long periodId) {
        return reports.existsInPeriod(periodId, HANDED_IN);
    }

    @Override
    public boolean exist(long indicatorId) {
        return values.existsForIndicator(indicatorId);
    }

    @Override
    public boolean approvedIn(long indicatorId, int year, String unitTypeCode) {
        return values.existsApprovedForIndicator(indicatorId, year, unitTypeCode, ReportStatus.APPROVED);
    }
}
