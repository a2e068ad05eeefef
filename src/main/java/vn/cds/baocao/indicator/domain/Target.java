package vn.cds.baocao.indicator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.cds.baocao.base.domain.VersionedEntity;

/** The value an indicator must reach in a year, e.g. ≥ 80 % ("chỉ tiêu Ủy ban quốc gia về CĐS"). */
@Entity
@Table(name = "target")
public class Target extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @Column(name = "target_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private Comparator comparator;

    @Column(name = "target_value", nullable = false, precision = 22, scale = 4)
    private BigDecimal value;

    /** Null: every unit type the indicator applies to. */
    @Column(name = "unit_type_code", length = 32)
    private String unitTypeCode;

    @Column(nullable = false, length = 500)
    private String source;

    protected Target() {
    }

    public Target(Indicator indicator, int year, Comparator comparator, BigDecimal value, String unitTypeCode,
                  String source) {
        this.indicator = indicator;
        this.year = year;
        this.comparator = comparator;
        this.value = value;
        this.unitTypeCode = unitTypeCode;
        this.source = source;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public int getYear() {
        return year;
    }

    public Comparator getComparator() {
        return comparator;
    }

    public void setComparator(Comparator comparator) {
        this.comparator = comparator;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getUnitTypeCode() {
        return unitTypeCode;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public void setUnitTypeCode(String unitTypeCode) {
        this.unitTypeCode = unitTypeCode;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
