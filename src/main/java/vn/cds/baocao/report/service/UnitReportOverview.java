package vn.cds.baocao.report.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.indicator.service.IndicatorCatalog;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.service.UnitDirectory;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.DeadlineService;
import vn.cds.baocao.period.service.PeriodDirectory;
import vn.cds.baocao.period.service.PeriodService;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.domain.ReportTransitions;
import vn.cds.baocao.security.service.CurrentUser;

/** A reporter's view of their own unit: every period the unit exists in, with the report's status and deadline. */
@Service
@Transactional(readOnly = true)
public class UnitReportOverview {

    private final CurrentUser currentUser;
    private final UnitDirectory units;
    private final PeriodDirectory periods;
    private final ReportRepository reports;
    private final IndicatorCatalog catalog;
    private final PeriodService periodService;
    private final DeadlineService deadlines;

    public UnitReportOverview(CurrentUser currentUser, UnitDirectory units, PeriodDirectory periods,
                              ReportRepository reports, IndicatorCatalog catalog, PeriodService periodService,
                              DeadlineService deadlines) {
        this.currentUser = currentUser;
        this.units = units;
        this.periods = periods;
        this.reports = reports;
        this.catalog = catalog;
        this.periodService = periodService;
        this.deadlines = deadlines;
    }

    /** The signed-in reporter's unit; a reporter has exactly one. */
    @PreAuthorize("hasRole('REPORTER')")
    public Unit myUnit() {
        Long unitId = currentUser.require().getUnitId();
        return unitId == null ? null : units.find(unitId).orElse(null);
    }

    /** Newest period first. */
    @PreAuthorize("hasRole('REPORTER')")
    public List<PeriodRow> myPeriods() {
        Unit unit = myUnit();
        if (unit == null) {
            return List.of();
        }
        Map<Long, Report> byPeriod = reports.findByUnit(unit).stream()
                .collect(Collectors.toMap(r -> r.getPeriod().getId(), Function.identity()));
        LocalDate today = periodService.today();
        return periods.newestFirst().stream()
                .filter(p -> catalog.reportsIn(unit, p))
                .map(p -> row(unit, p, byPeriod.get(p.getId()), today))
                .toList();
    }

    private PeriodRow row(Unit unit, ReportingPeriod period, Report report, LocalDate today) {
        ReportStatus status = report == null ? null : report.getStatus();
        LocalDate deadline = deadlines.deadlineFor(unit, period);
        boolean withUnit = ReportTransitions.isEditable(status);
        long daysLeft = withUnit ? ChronoUnit.DAYS.between(today, deadline) : 0;
        boolean lateSubmission = report != null && report.getFirstSubmittedAt() != null
                && report.getFirstSubmittedAt().toLocalDate().isAfter(deadline);
        return new PeriodRow(period, status, deadline, withUnit, daysLeft, lateSubmission);
    }

    /**
     * A period with the unit's report.
     *
     * @param status         null when no report has been started ("chưa lập")
     * @param awaitingUnit   the report is with the unit (not started, draft or returned): the deadline counts
     * @param daysLeft       days until the deadline (negative: overdue), meaningful when {@code awaitingUnit}
     * @param submittedLate  the first submission came after the deadline
     */
    public record PeriodRow(ReportingPeriod period, ReportStatus status, LocalDate deadline, boolean awaitingUnit,
                            long daysLeft, boolean submittedLate) {

        public boolean overdue() {
            return awaitingUnit && daysLeft < 0;
        }
    }
}
