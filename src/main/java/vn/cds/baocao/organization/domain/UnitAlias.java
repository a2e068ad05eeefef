package vn.cds.baocao.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.cds.baocao.base.domain.AbstractEntity;

/** A spelling of a unit's name seen in documents (misspellings included), used to match imports. */
@Entity
@Table(name = "unit_alias")
public class UnitAlias extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(nullable = false)
    private String alias;

    protected UnitAlias() {
    }

    public UnitAlias(Unit unit, String alias) {
        this.unit = unit;
        this.alias = alias;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getAlias() {
        return alias;
    }
}
