package vn.cds.baocao.review.service;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;

/** Reports waiting for a reviewer, oldest submission first. */
@Service
@Transactional(readOnly = true)
public class ReviewQueueService {

    private final ReportRepository reports;

    public ReviewQueueService(ReportRepository reports) {
        this.reports = reports;
    }

    @PreAuthorize("hasRole('REVIEWER')")
    public List<QueueRow> queue() {
        return reports.findByStatusOrderBySubmittedAtAsc(ReportStatus.SUBMITTED).stream()
                .map(r -> new QueueRow(r.getId(), r.getUnit().getFullName(), r.getPeriod().getLabel(),
                        r.getSubmittedAt(), r.getSubmittedBy()))
                .toList();
    }

    public record QueueRow(long reportId, String unitName, String periodLabel, LocalDateTime submittedAt,
                           String submittedBy) {
    }
}
