package vn.cds.baocao.report.service;

import java.math.BigDecimal;
import vn.cds.baocao.period.domain.ReportingPeriod;

/** The last approved value of an indicator for a unit before a period, and the period it comes from. */
public record PreviousValue(BigDecimal number, String text, ReportingPeriod period) {
}
