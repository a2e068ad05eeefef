package vn.cds.baocao.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.cds.baocao.base.domain.AbstractEntity;

/** A name a unit carried before it was renamed, and the days it carried it. */
@Entity
@Table(name = "unit_name_history")
public class UnitNameHistory extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "short_name", nullable = false, length = 128)
    private String shortName;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    /** Last day the unit carried this name. */
    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    protected UnitNameHistory() {
    }

    public UnitNameHistory(Unit unit, String fullName, String shortName, LocalDate validFrom, LocalDate validTo) {
        this.unit = unit;
        this.fullName = fullName;
        this.shortName = shortName;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    public Unit getUnit() {
        return unit;
    }

    public String getFullName() {
        return fullName;
    }

    public String getShortName() {
        return shortName;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
