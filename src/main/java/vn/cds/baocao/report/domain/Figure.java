package vn.cds.baocao.report.domain;

import java.math.BigDecimal;

/** A report's figure for one indicator, without the entity around it. */
public record Figure(long indicatorId, BigDecimal numericValue, String textValue) {
}
