package vn.cds.baocao.bulletin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.cds.baocao.base.domain.AbstractEntity;

/**
 * A sentence the bulletin writes for a province-wide section instead of its table ("Từ ngày {tu_ngay} đến ngày
 * {ngay_ban_hanh}, tổng số tin tiếp nhận {hotline_1022_received} tin, …"): {code} placeholders are indicator codes.
 */
@Entity
@Table(name = "statistics_paragraph")
public class StatisticsParagraph extends AbstractEntity {

    @Column(name = "section_code", nullable = false, length = 32)
    private String sectionCode;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 2000)
    private String template;

    protected StatisticsParagraph() {
    }

    public String getSectionCode() {
        return sectionCode;
    }

    public int getPosition() {
        return position;
    }

    public String getTemplate() {
        return template;
    }
}
