package vn.cds.baocao.review.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.CurrentPeriods;
import vn.cds.baocao.review.service.CompletenessBoard.Cell;
import vn.cds.baocao.review.service.ReviewerHome.LateUnit;
import vn.cds.baocao.review.service.ReviewerHome.PeriodProgress;

/**
 * The reviewers' home page from the completeness board ({@link CompletenessService}: who is expected, who is
 * late) and the review queue's count ({@link ReviewQueueService}), for the current periods ({@link CurrentPeriods}).
 */
@Service
@Transactional(readOnly = true)
public class ReviewerHomeService {

    private final CompletenessService completeness;
    private final ReviewQueueService queue;
    private final CurrentPeriods currentPeriods;

    public ReviewerHomeService(CompletenessService completeness, ReviewQueueService queue,
                               CurrentPeriods currentPeriods) {
        this.completeness = completeness;
        this.queue = queue;
        this.currentPeriods = currentPeriods;
    }

    @PreAuthorize("hasRole('REVIEWER')")
    public ReviewerHome home() {
        long waiting = queue.count(new ReviewQueueService.Filter(null, null, Set.of(ReportStatus.SUBMITTED)));
        List<ReportingPeriod> current = currentPeriods.now();
        if (current.isEmpty()) {
            return new ReviewerHome(waiting, List.of());
        }
        CompletenessBoard board = completeness.board(current.getLast().yearMonth(), current.getFirst().yearMonth(),
                null);
        LocalDate today = currentPeriods.today();
        List<PeriodProgress> periods = new ArrayList<>();
        for (ReportingPeriod period : current) {
            int expected = 0;
            int submitted = 0;
            int returned = 0;
            int approved = 0;
            int notSubmitted = 0;
            List<LateUnit> late = new ArrayList<>();
            for (CompletenessBoard.Row row : board.rows()) {
                Cell cell = row.cells().get(period.getId());
                if (cell == null || !cell.expected()) {
                    continue;
                }
                expected++;
                if (cell.status() == ReportStatus.SUBMITTED) {
                    submitted++;
                } else if (cell.status() == ReportStatus.RETURNED) {
                    returned++;
                } else if (cell.status() == ReportStatus.APPROVED) {
                    approved++;
                } else {
                    notSubmitted++;
                }
                if (cell.late() && !cell.submitted()) {
                    late.add(new LateUnit(row.unit().getId(), row.unit().getShortName(), cell.deadline(),
                            ChronoUnit.DAYS.between(cell.deadline(), today)));
                }
            }
            late.sort(Comparator.comparingLong(LateUnit::daysLate).reversed().thenComparing(LateUnit::unitName));
            periods.add(new PeriodProgress(period, expected, submitted, returned, approved, notSubmitted,
                    List.copyOf(late)));
        }
        return new ReviewerHome(waiting, List.copyOf(periods));
    }
}
