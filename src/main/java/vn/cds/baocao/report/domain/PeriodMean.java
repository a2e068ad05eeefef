package vn.cds.baocao.report.domain;

import java.math.BigDecimal;

/** The plain mean of one indicator's approved figures in a period, over {@code units} units. */
public record PeriodMean(long periodId, BigDecimal mean, int units) {
}
