package vn.cds.baocao.report.service;

import java.time.LocalDateTime;
import vn.cds.baocao.report.domain.ReportStatus;

/** One line of a report's history, ready to show: who did what, when, from which status to which, and why. */
public record TimelineEntry(LocalDateTime at, String actor, String action, ReportStatus from, ReportStatus to,
                            String reason, String indicatorName, String oldValue, String newValue) {
}
