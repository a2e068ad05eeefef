package vn.cds.baocao.review.service;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.base.domain.Paging;
import vn.cds.baocao.base.i18n.Localizable;
import vn.cds.baocao.period.service.DeadlineService;
import vn.cds.baocao.period.service.Deadlines;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.ReportDirectory;

/**
 * Reports for reviewers, oldest submission first, filtered by period, unit type and status; paged and sorted in the
 * database, so a page costs the same few statements however many reports there are.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueueService {

    public static final String SORT_UNIT = "unit";
    public static final String SORT_PERIOD = "period";
    public static final String SORT_STATUS = "status";
    public static final String SORT_SUBMITTED_AT = "submittedAt";
    public static final String SORT_SUBMITTED_BY = "submittedBy";

    /** The sort keys a caller may ask for and the properties of a report they sort by; others are ignored. */
    private static final Map<String, List<String>> SORTABLE = Map.of(
            SORT_UNIT, List.of("unit.fullName"),
            SORT_PERIOD, List.of("period.year", "period.month"),
            SORT_STATUS, List.of("status"),
            SORT_SUBMITTED_AT, List.of("submittedAt"),
            SORT_SUBMITTED_BY, List.of("submittedBy"));
    private static final Sort OLDEST_SUBMISSION_FIRST = Sort.by(Sort.Order.asc("submittedAt").nullsLast(),
            Sort.Order.asc("id"));

    private final ReportDirectory reports;
    private final DeadlineService deadlines;

    public ReviewQueueService(ReportDirectory reports, DeadlineService deadlines) {
        this.reports = reports;
        this.deadlines = deadlines;
    }

    /**
     * One page of the reports of the filter ({@code Pageable.unpaged()}: all of them), in three statements (the reports with their units and periods, the
     * deadline extensions of their periods). Sorted by the page's sort keys ({@code SORT_*}), then oldest submission
     * first.
     */
    @PreAuthorize("hasRole('REVIEWER')")
    public List<QueueRow> page(Filter filter, Pageable page) {
        Pageable sorted = Paging.whitelisted(page, SORTABLE, OLDEST_SUBMISSION_FIRST);
        List<Report> found = reports.inStatus(statuses(filter), filter.periodId(), filter.unitTypeCode(), sorted);
        Deadlines deadlinesOfPage = deadlines.of(found.stream().map(Report::getPeriod).toList());
        return found.stream().map(report -> row(report, deadlinesOfPage)).toList();
    }

    /** How many reports the filter finds, in one statement. */
    @PreAuthorize("hasRole('REVIEWER')")
    public long count(Filter filter) {
        return reports.countInStatus(statuses(filter), filter.periodId(), filter.unitTypeCode());
    }

    private static Set<ReportStatus> statuses(Filter filter) {
        return filter.statuses() == null || filter.statuses().isEmpty()
                ? Set.of(ReportStatus.SUBMITTED) : filter.statuses();
    }

    private static QueueRow row(Report r, Deadlines deadlines) {
        boolean late = r.getFirstSubmittedAt() != null && r.getFirstSubmittedAt().toLocalDate()
                .isAfter(deadlines.deadlineFor(r.getUnit().getId(), r.getPeriod()));
        return new QueueRow(r.getId(), r.getVersion(), r.getUnit().getFullName(), r.getUnit().getType().getCode(),
                r.getPeriod().name(), r.getStatus(), r.getSubmittedAt(), r.getSubmittedBy(), late,
                r.getBaselineStatus() != null && r.getStatus() == ReportStatus.SUBMITTED);
    }

    /** What the reviewer filters on; null = all; no status (null or empty) = the submitted ones. */
    public record Filter(Long periodId, String unitTypeCode, Set<ReportStatus> statuses) {
    }

    /**
     * @param periodName  the period's name, written in the reader's language
     * @param resubmitted submitted again after a return or a reopening: the review shows what changed
     */
    public record QueueRow(long reportId, long version, String unitName, String unitTypeCode, Localizable periodName,
                           ReportStatus status, LocalDateTime submittedAt, String submittedBy, boolean late,
                           boolean resubmitted) {
    }
}
