package vn.cds.baocao.report.domain;

import java.math.BigDecimal;

/** One unit's approved figure of one indicator in one period. */
public record PeriodUnitValue(long periodId, long unitId, BigDecimal value) {
}
