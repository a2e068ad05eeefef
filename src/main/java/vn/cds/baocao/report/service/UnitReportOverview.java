package vn.cds.baocao.report.service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.period.service.PeriodService;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.security.service.CurrentUser;

/** A reporter's view of their own unit: every period the unit exists in, with the report's status. */
@Service
@Transactional(readOnly = true)
public class UnitReportOverview {

    private final CurrentUser currentUser;
    private final UnitRepository units;
    private final ReportingPeriodRepository periods;
    private final ReportRepository reports;
    private final PeriodService periodService;

    public UnitReportOverview(CurrentUser currentUser, UnitRepository units, ReportingPeriodRepository periods,
                              ReportRepository reports, PeriodService periodService) {
        this.currentUser = currentUser;
        this.units = units;
        this.periods = periods;
        this.reports = reports;
        this.periodService = periodService;
    }

    /** The signed-in reporter's unit; a reporter has exactly one. */
    @PreAuthorize("hasRole('REPORTER')")
    public Unit myUnit() {
        Long unitId = currentUser.require().getUnitId();
        return unitId == null ? null : units.findById(unitId).orElse(null);
    }

    @PreAuthorize("hasRole('REPORTER')")
    public List<PeriodRow> myPeriods() {
        Unit unit = myUnit();
        if (unit == null) {
            return List.of();
        }
        Map<Long, Report> byPeriod = reports.findByUnit(unit).stream()
                .collect(Collectors.toMap(r -> r.getPeriod().getId(), Function.identity()));
        var today = periodService.today();
        return periods.findAllByOrderByYearDescMonthDesc().stream()
                .filter(p -> unit.overlaps(p.getDataFrom(), p.getDataTo()))
                .map(p -> {
                    Report report = byPeriod.get(p.getId());
                    ReportStatus status = report == null ? null : report.getStatus();
                    boolean late = (status == null || status == ReportStatus.DRAFT || status == ReportStatus.RETURNED)
                            && p.isPastDeadline(today);
                    return new PeriodRow(p, status, late);
                })
                .toList();
    }

    /** A period with the unit's report status; {@code status} null means no report has been started. */
    public record PeriodRow(ReportingPeriod period, ReportStatus status, boolean overdue) {
    }
}
