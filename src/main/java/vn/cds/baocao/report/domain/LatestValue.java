package vn.cds.baocao.report.domain;

import java.math.BigDecimal;
import vn.cds.baocao.period.domain.ReportingPeriod;

/** An indicator's figure in the newest approved report of a unit before some period, and that report's period. */
public record LatestValue(long indicatorId, BigDecimal numericValue, String textValue, ReportingPeriod period) {

    /** As {@link ReportValue#isEmpty()}: no number and no text. */
    public boolean isEmpty() {
        return numericValue == null && (textValue == null || textValue.isBlank());
    }
}
