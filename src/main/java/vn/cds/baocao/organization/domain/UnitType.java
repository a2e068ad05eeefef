package vn.cds.baocao.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import vn.cds.baocao.base.i18n.Messages;

/** A kind of unit: sở/ban/ngành, UBND cấp huyện, ... Data, not an enum: provinces reorganise. */
@Entity
@Table(name = "unit_type")
public class UnitType {

    @Id
    @Column(length = 32)
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    /** Units of this type are expected to report. */
    @Column(nullable = false)
    private boolean reporting = true;

    protected UnitType() {
    }

    public UnitType(String code, String nameVi, String nameEn, int displayOrder, boolean reporting) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.displayOrder = displayOrder;
        this.reporting = reporting;
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

    public boolean isReporting() {
        return reporting;
    }
}
