package vn.cds.baocao.indicator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import vn.cds.baocao.base.i18n.Messages;

/** A table of the monthly report ("1. Dịch vụ công trực tuyến", ...). */
@Entity
@Table(name = "indicator_section")
public class IndicatorSection {

    @Id
    @Column(length = 32)
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    protected IndicatorSection() {
    }

    public IndicatorSection(String code, String nameVi, String nameEn, int displayOrder) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.displayOrder = displayOrder;
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return Messages.pick(locale, nameVi, nameEn);
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public void setDisplayOrder(int displayOrder) {
        this.displayOrder = displayOrder;
    }
}
