package vn.cds.baocao.report.service;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.security.service.CurrentUser;

/** Finds what a call is about and refuses reports outside the caller's reach (a reporter's own unit only). */
@Component
public class ReportScope {

    private final CurrentUser currentUser;
    private final UnitRepository units;
    private final ReportingPeriodRepository periods;
    private final ReportRepository reports;

    public ReportScope(CurrentUser currentUser, UnitRepository units, ReportingPeriodRepository periods,
                       ReportRepository reports) {
        this.currentUser = currentUser;
        this.units = units;
        this.periods = periods;
        this.reports = reports;
    }

    /** The signed-in reporter's unit; a reporter without one cannot report. */
    public Unit reporterUnit() {
        Long unitId = currentUser.require().getUnitId();
        if (unitId == null) {
            throw new BusinessException("workflow.noUnit");
        }
        return units.findById(unitId).orElseThrow(() -> new BusinessException("workflow.noUnit"));
    }

    public Unit unit(long unitId) {
        return units.findById(unitId).orElseThrow(() -> new BusinessException("workflow.unitNotFound"));
    }

    public ReportingPeriod period(long periodId) {
        return periods.findById(periodId).orElseThrow(() -> new BusinessException("workflow.periodNotFound"));
    }

    public Report report(long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new BusinessException("workflow.reportNotFound"));
    }

    /** A report of the reporter's own unit; any other unit's report is refused as if it were not there to see. */
    public Report ownReport(long reportId) {
        Report report = report(reportId);
        if (!report.getUnit().getId().equals(currentUser.require().getUnitId())) {
            throw new AccessDeniedException("report " + reportId + " belongs to another unit");
        }
        return report;
    }

    public String username() {
        return currentUser.require().getUsername();
    }

    /**
     * A unit reports only for periods whose cut-off day it still exists on (a merged-away unit stops at its end
     * date; its successor reports from the first period after).
     */
    public static void requireActive(Unit unit, ReportingPeriod period) {
        if (!unit.reportsForCutOff(period.getDataTo())) {
            throw new BusinessException("workflow.unitNotActive", unit.getShortName(), period.getLabel());
        }
    }
}
