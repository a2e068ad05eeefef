package vn.cds.baocao.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** A value as it was when the report was last returned or approved; a resubmission is compared with it. */
@Entity
@Table(name = "report_baseline_value")
public class BaselineValue {

    @EmbeddedId
    private Key key;

    @Column(name = "numeric_value", precision = 22, scale = 4)
    private BigDecimal numericValue;

    @Column(name = "text_value", length = 4000)
    private String textValue;

    protected BaselineValue() {
    }

    public BaselineValue(long reportId, long indicatorId, BigDecimal numericValue, String textValue) {
        this.key = new Key(reportId, indicatorId);
        this.numericValue = numericValue;
        this.textValue = textValue;
    }

    public long indicatorId() {
        return key.indicatorId;
    }

    public BigDecimal getNumericValue() {
        return numericValue;
    }

    public String getTextValue() {
        return textValue;
    }

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "report_id")
        private long reportId;
        @Column(name = "indicator_id")
        private long indicatorId;

        protected Key() {
        }

        Key(long reportId, long indicatorId) {
            this.reportId = reportId;
            this.indicatorId = indicatorId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.reportId == reportId && key.indicatorId == indicatorId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(reportId) * 31 + Long.hashCode(indicatorId);
        }
    }
}
