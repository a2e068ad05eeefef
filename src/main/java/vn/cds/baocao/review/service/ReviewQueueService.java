package vn.cds.baocao.review.service;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.period.service.DeadlineService;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.ReportDirectory;

/** Reports for reviewers, oldest submission first, filtered by period, unit type and status. */
@Service
@Transactional(readOnly = true)
public class ReviewQueueService {

    private final ReportDirectory reports;
    private final DeadlineService deadlines;

    public ReviewQueueService(ReportDirectory reports, DeadlineService deadlines) {
        this.reports = reports;
        this.deadlines = deadlines;
    }

    /** Waiting for review: submitted reports of every period and unit. */
    @PreAuthorize("hasRole('REVIEWER')")
    public List<QueueRow> queue() {
        return queue(new Filter(null, null, Set.of(ReportStatus.SUBMITTED)));
    }

    /**
     * @param filter null fields mean "all"; an empty status set means the submitted ones
     */
    @PreAuthorize("hasRole('REVIEWER')")
    public List<QueueRow> queue(Filter filter) {
        Set<ReportStatus> statuses = filter.statuses() == null || filter.statuses().isEmpty()
                ? Set.of(ReportStatus.SUBMITTED) : filter.statuses();
        return reports.inStatus(statuses, filter.periodId(), filter.unitTypeCode()).stream()
                .map(this::row)
                .sorted(Comparator.comparing(QueueRow::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(QueueRow::reportId))
                .toList();
    }

    private QueueRow row(Report r) {
        boolean late = r.getFirstSubmittedAt() != null
                && r.getFirstSubmittedAt().toLocalDate().isAfter(deadlines.deadlineFor(r.getUnit(), r.getPeriod()));
        return new QueueRow(r.getId(), r.getVersion(), r.getUnit().getFullName(), r.getUnit().getType().getCode(),
                r.getPeriod().getLabel(), r.getStatus(), r.getSubmittedAt(), r.getSubmittedBy(), late,
                r.getBaselineStatus() != null && r.getStatus() == ReportStatus.SUBMITTED);
    }

    /** What the reviewer filters on; null = all. */
    public record Filter(Long periodId, String unitTypeCode, Set<ReportStatus> statuses) {
    }

    /**
     * @param resubmitted submitted again after a return or a reopening: the review shows what changed
     */
    public record QueueRow(long reportId, long version, String unitName, String unitTypeCode, String periodLabel,
                           ReportStatus status, LocalDateTime submittedAt, String submittedBy, boolean late,
                           boolean resubmitted) {
    }
}
