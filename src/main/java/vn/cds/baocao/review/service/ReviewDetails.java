package vn.cds.baocao.review.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.cds.baocao.report.domain.ReportStatus;

/** A report as the reviewer sees it. */
public record ReviewDetails(long reportId, long version, String unitName, String unitTypeCode, String periodLabel,
                            int periodYear, ReportStatus status, LocalDateTime submittedAt, String submittedBy,
                            LocalDateTime firstSubmittedAt, LocalDate deadline, boolean late,
                            ReportStatus baselineStatus, List<ReviewLine> lines) {

    public boolean canApprove() {
        return status == ReportStatus.SUBMITTED;
    }

    public boolean canReturn() {
        return status == ReportStatus.SUBMITTED;
    }

    public boolean canReopen() {
        return status == ReportStatus.APPROVED;
    }

    public long changedCount() {
        return lines.stream().filter(ReviewLine::changedSinceBaseline).count();
    }
}
