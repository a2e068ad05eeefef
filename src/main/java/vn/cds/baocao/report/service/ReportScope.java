package vn.cds.baocao.report.service;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.indicator.service.IndicatorCatalog;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.service.UnitDirectory;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.PeriodDirectory;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.security.service.CurrentUser;

/** Finds what a call is about and refuses reports outside the caller's reach (a reporter's own unit only). */
@Component
public class ReportScope {

    private final CurrentUser currentUser;
    private final UnitDirectory units;
    private final PeriodDirectory periods;
    private final ReportRepository reports;
    private final IndicatorCatalog catalog;

    public ReportScope(CurrentUser currentUser, UnitDirectory units, PeriodDirectory periods,
                       ReportRepository reports, IndicatorCatalog catalog) {
        this.currentUser = currentUser;
        this.units = units;
        this.periods = periods;
        this.reports = reports;
        this.catalog = catalog;
    }

    /** The signed-in reporter's unit; a reporter without one cannot report. */
    public Unit reporterUnit() {
        Long unitId = currentUser.require().getUnitId();
        if (unitId == null) {
            throw new BusinessException("workflow.noUnit");
        }
        return units.find(unitId).orElseThrow(() -> new BusinessException("workflow.noUnit"));
    }

    public Unit unit(long unitId) {
        return units.find(unitId).orElseThrow(() -> new BusinessException("workflow.unitNotFound"));
    }

    public ReportingPeriod period(long periodId) {
        return periods.find(periodId).orElseThrow(() -> new BusinessException("workflow.periodNotFound"));
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
    public void requireActive(Unit unit, ReportingPeriod period) {
        if (!catalog.reportsIn(unit, period)) {
            throw new BusinessException("workflow.unitNotActive", unit.getShortName(), period.name());
        }
    }
}
