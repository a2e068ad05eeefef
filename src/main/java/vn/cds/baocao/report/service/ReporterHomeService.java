package vn.cds.baocao.report.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.ReporterHome.Returned;
import vn.cds.baocao.report.service.UnitReportOverview.PeriodRow;

/**
 * The reporters' home page: only the signed-in reporter's own unit ({@link UnitReportOverview} reads it from the
 * account, never from a parameter), its current periods ({@link CurrentPeriods}) and its returned reports.
 */
@Service
@Transactional(readOnly = true)
public class ReporterHomeService {

    private final UnitReportOverview overview;
    private final ReportWorkflowService workflow;
    private final CurrentPeriods currentPeriods;

    public ReporterHomeService(UnitReportOverview overview, ReportWorkflowService workflow,
                               CurrentPeriods currentPeriods) {
        this.overview = overview;
        this.workflow = workflow;
        this.currentPeriods = currentPeriods;
    }

    @PreAuthorize("hasRole('REPORTER')")
    public ReporterHome home() {
        Unit unit = overview.myUnit();
        if (unit == null) {
            return new ReporterHome(null, null, List.of(), List.of());
        }
        List<PeriodRow> rows = overview.myPeriods();
        Set<Long> current = currentPeriods.now().stream().map(p -> p.getId()).collect(Collectors.toSet());
        List<PeriodRow> now = rows.stream().filter(r -> current.contains(r.period().getId())).toList();
        // the entry form knows the reviewer's reason (the latest return or reopening)
        List<Returned> returned = rows.stream().filter(r -> r.status() == ReportStatus.RETURNED)
                .map(r -> new Returned(r, workflow.form(r.period().getId()).reviewReason())).toList();
        LocalDate endedOn = unit.hasEndedBy(currentPeriods.today()) ? unit.getValidTo() : null;
        return new ReporterHome(unit.getFullName(), endedOn, now, returned);
    }
}
