package vn.cds.baocao.report.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
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
import vn.cds.baocao.period.service.Deadlines;
import vn.cds.baocao.period.service.PeriodDirectory;
import vn.cds.baocao.period.service.PeriodService;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.domain.ReportTransitions;
import vn.cds.baocao.security.service.CurrentUser;

/**
 * A reporter's view of their own unit: every period the unit reports in, with the report's status and deadline; what
 * is still to do ("Cần làm": current and overdue periods) and the rest by year and status.
 */
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
        List<ReportingPeriod> unitPeriods = periods.newestFirst().stream().filter(p -> catalog.reportsIn(unit, p))
                .toList();
        Deadlines unitDeadlines = deadlines.of(unitPeriods);
        return unitPeriods.stream()
                .map(p -> row(p, byPeriod.get(p.getId()), unitDeadlines.deadlineFor(unit.getId(), p), today))
                .toList();
    }

    /**
     * "Cần làm": the periods the unit still has to act on — open, the report not started, a draft or returned —
     * whose data window has begun: the current ones first (nearest deadline first), then the overdue ones (most
     * recent first).
     */
    @PreAuthorize("hasRole('REPORTER')")
    public List<PeriodRow> toDo() {
        return myPeriods().stream().filter(row -> row.toDo() != null)
                .sorted(Comparator.comparing(PeriodRow::toDo)
                        .thenComparing((a, b) -> a.toDo() == ToDo.CURRENT ? a.deadline().compareTo(b.deadline())
                                : b.deadline().compareTo(a.deadline())))
                .toList();
    }

    /** "Tất cả kỳ": the unit's periods that match the filter, newest first, one page of them. */
    @PreAuthorize("hasRole('REPORTER')")
    public List<PeriodRow> page(UnitReportFilter filter, int offset, int limit) {
        return myPeriods().stream().filter(filter::matches).skip(offset).limit(limit).toList();
    }

    @PreAuthorize("hasRole('REPORTER')")
    public int count(UnitReportFilter filter) {
        return (int) myPeriods().stream().filter(filter::matches).count();
    }

    /** The years the unit has periods in, newest first (the year filter's choices). */
    @PreAuthorize("hasRole('REPORTER')")
    public List<Integer> years() {
        return myPeriods().stream().map(row -> row.period().getYear()).distinct().toList();
    }

    private static PeriodRow row(ReportingPeriod period, Report report, LocalDate deadline, LocalDate today) {
        ReportStatus status = report == null ? null : report.getStatus();
        boolean withUnit = ReportTransitions.isEditable(status);
        long daysLeft = withUnit ? ChronoUnit.DAYS.between(today, deadline) : 0;
        boolean lateSubmission = report != null && report.getFirstSubmittedAt() != null
                && report.getFirstSubmittedAt().toLocalDate().isAfter(deadline);
        ToDo toDo = null;
        if (withUnit && period.isOpen()) {
            if (today.isAfter(deadline)) {
                toDo = ToDo.OVERDUE;
            } else if (!period.getDataFrom().isAfter(today)) {
                toDo = ToDo.CURRENT;
            }
        }
        return new PeriodRow(period, status, deadline, withUnit, daysLeft, lateSubmission, toDo);
    }

    /** Why a period is in the "Cần làm" group. */
    public enum ToDo {
        /** Its window has begun and its deadline has not passed. */
        CURRENT,
        /** Its deadline has passed and the report is still with the unit. */
        OVERDUE
    }

    /** Where the unit's report of a period stands, "not started" included: the status filter's choices. */
    public enum Progress {
        NOT_STARTED, DRAFT, SUBMITTED, RETURNED, APPROVED;

        static Progress of(ReportStatus status) {
            return status == null ? NOT_STARTED : valueOf(status.name());
        }
    }

    /** The "Tất cả kỳ" filter: a year and a progress, each null for any. */
    public record UnitReportFilter(Integer year, Progress progress) {

        public static UnitReportFilter any() {
            return new UnitReportFilter(null, null);
        }

        boolean matches(PeriodRow row) {
            return (year == null || row.period().getYear() == year)
                    && (progress == null || Progress.of(row.status()) == progress);
        }
    }

    /**
     * A period with the unit's report.
     *
     * @param status         null when no report has been started ("chưa lập")
     * @param awaitingUnit   the report is with the unit (not started, draft or returned): the deadline counts
     * @param daysLeft       days until the deadline (negative: overdue), meaningful when {@code awaitingUnit}
     * @param submittedLate  the first submission came after the deadline
     * @param toDo           why the period is in "Cần làm", null when it is not
     */
    public record PeriodRow(ReportingPeriod period, ReportStatus status, LocalDate deadline, boolean awaitingUnit,
                            long daysLeft, boolean submittedLate, ToDo toDo) {

        public boolean overdue() {
            return awaitingUnit && daysLeft < 0;
        }
    }
}
