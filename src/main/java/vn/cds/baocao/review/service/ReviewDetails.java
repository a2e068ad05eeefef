package vn.cds.baocao.review.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.cds.baocao.base.i18n.Localizable;
import vn.cds.baocao.report.domain.ReportAction;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.domain.ReportTransitions;

/** A report as the reviewer sees it; {@code periodName} is written in the reader's language. */
public record ReviewDetails(long reportId, long version, String unitName, String unitTypeCode, Localizable periodName,
                            int periodYear, ReportStatus status, LocalDateTime submittedAt, String submittedBy,
                            LocalDateTime firstSubmittedAt, LocalDate deadline, boolean late,
                            ReportStatus baselineStatus, List<ReviewLine> lines) {

    public boolean canApprove() {
        return ReportTransitions.isAllowed(ReportAction.APPROVE, status);
    }

    public boolean canReturn() {
        return ReportTransitions.isAllowed(ReportAction.RETURN, status);
    }

    public boolean canReopen() {
        return ReportTransitions.isAllowed(ReportAction.REOPEN, status);
    }

    public long changedCount() {
        return lines.stream().filter(ReviewLine::changedSinceBaseline).count();
    }
}
