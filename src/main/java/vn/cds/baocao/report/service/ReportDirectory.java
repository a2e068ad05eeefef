package vn.cds.baocao.report.service;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.BaselineValue;
import vn.cds.baocao.report.domain.BaselineValueRepository;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportState;
import vn.cds.baocao.report.domain.ReportStatus;

/**
 * The reports, for the services of other features (review, exchange, notifications), which carry their own
 * permission checks: no role check here, so jobs can use it too. Nothing here changes a report; that is the
 * workflow's ({@link ReportWorkflowService}).
 */
@Service
@Transactional(readOnly = true)
public class ReportDirectory {

    private final ReportRepository reports;
    private final BaselineValueRepository baselines;

    public ReportDirectory(ReportRepository reports, BaselineValueRepository baselines) {
        this.reports = reports;
        this.baselines = baselines;
    }

    public Optional<Report> find(long reportId) {
        return reports.findById(reportId);
    }

    /** Where every report of the periods stands (reports not started have none), in one statement. */
    public List<ReportState> states(Collection<Long> periodIds) {
        return periodIds.isEmpty() ? List.of() : reports.statesIn(periodIds);
    }

    /** The reports of the period with their values. */
    public List<Report> ofPeriod(ReportingPeriod period) {
        return reports.findByPeriodIn(List.of(period));
    }

    /**
     * One page of the reports in the given statuses, optionally of one period and one unit type, with their units
     * and periods, in one statement. The page's sort names properties of {@link Report} (the caller whitelists them).
     */
    public List<Report> inStatus(Collection<ReportStatus> statuses, Long periodId, String unitTypeCode,
                                 Pageable page) {
        return reports.findForReview(statuses, periodId, unitTypeCode, page);
    }

    /** How many reports {@link #inStatus} finds in all. */
    public long countInStatus(Collection<ReportStatus> statuses, Long periodId, String unitTypeCode) {
        return reports.countForReview(statuses, periodId, unitTypeCode);
    }

    /** The values as they were at the report's last return or approval (empty before its first review). */
    public List<BaselineValue> baseline(long reportId) {
        return baselines.findByReportId(reportId);
    }
}
