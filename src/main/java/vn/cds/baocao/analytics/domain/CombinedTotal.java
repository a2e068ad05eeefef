package vn.cds.baocao.analytics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import vn.cds.baocao.base.domain.AbstractEntity;

/**
 * One column of an extra total row, e.g. "Tổng Thuế và Phí, lệ phí" of the payments table: under the column of
 * {@code indicatorId} it shows TỔNG(indicatorId) + TỔNG(plusIndicatorId).
 */
@Entity
@Table(name = "analytics_combined_total")
public class CombinedTotal extends AbstractEntity {

    @Column(name = "section_code", nullable = false, length = 32)
    private String sectionCode;

    @Column(name = "label_vi", nullable = false)
    private String labelVi;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(name = "indicator_id", nullable = false)
    private Long indicatorId;

    @Column(name = "plus_indicator_id", nullable = false)
    private Long plusIndicatorId;

    protected CombinedTotal() {
    }

    public CombinedTotal(String sectionCode, String labelVi, String labelEn, Long indicatorId, Long plusIndicatorId) {
        this.sectionCode = sectionCode;
        this.labelVi = labelVi;
        this.labelEn = labelEn;
        this.indicatorId = indicatorId;
        this.plusIndicatorId = plusIndicatorId;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelVi;
    }

    public String getSectionCode() {
        return sectionCode;
    }

    public String getLabelVi() {
        return labelVi;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public Long getPlusIndicatorId() {
        return plusIndicatorId;
    }
}
