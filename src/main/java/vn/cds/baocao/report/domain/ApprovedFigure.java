package vn.cds.baocao.report.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One value of an approved report: a number, or the text of a TEXT indicator, and when the report was approved. */
public record ApprovedFigure(long unitId, long indicatorId, BigDecimal number, String text, LocalDateTime approvedAt) {
}
