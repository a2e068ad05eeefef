package vn.cds.baocao.analytics.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;

/** Per period: how many units are expected to report and how many reports are approved. Counts only. */
@Service
@Transactional(readOnly = true)
public class PeriodOverviewService {

    private final ReportingPeriodRepository periods;
    private final UnitRepository units;
    private final ReportRepository reports;

    public PeriodOverviewService(ReportingPeriodRepository periods, UnitRepository units, ReportRepository reports) {
        this.periods = periods;
        this.units = units;
        this.reports = reports;
    }

    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER')")
    public List<PeriodCount> overview() {
        List<Unit> all = units.findAll();
        Map<Long, Long> approvedByPeriod = reports.findAll().stream()
                .filter(r -> r.getStatus() == ReportStatus.APPROVED)
                .collect(Collectors.groupingBy(r -> r.getPeriod().getId(), Collectors.counting()));
        return periods.findAllByOrderByYearDescMonthDesc().stream()
                .map(p -> new PeriodCount(p, expected(all, p), approvedByPeriod.getOrDefault(p.getId(), 0L)))
                .toList();
    }

    private static long expected(List<Unit> all, ReportingPeriod period) {
        return all.stream()
                .filter(u -> u.getType().isReporting() && u.overlaps(period.getDataFrom(), period.getDataTo()))
                .count();
    }

    public record PeriodCount(ReportingPeriod period, long expectedUnits, long approvedReports) {
    }
}
