package vn.cds.baocao.indicator.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import vn.cds.baocao.base.domain.VersionedEntity;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.organization.domain.Unit;

/** One figure the units report every month (chỉ tiêu / chỉ số). */
@Entity
@Table(name = "indicator")
public class Indicator extends VersionedEntity {

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "section_code")
    private IndicatorSection section;

    @Column(name = "name_vi", nullable = false, length = 500)
    private String nameVi;

    /** Column header in the report's tables. */
    @Column(name = "short_name_vi", nullable = false)
    private String shortNameVi;

    @Column(name = "name_en", nullable = false, length = 500)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", nullable = false, length = 16)
    private ValueType valueType;

    @Enumerated(EnumType.STRING)
    @Column(name = "cumulative_rule", nullable = false, length = 24)
    private CumulativeRule cumulativeRule = CumulativeRule.NONE;

    /** The per-period indicator a running total or a year-to-date figure accumulates. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cumulative_of_id")
    private Indicator cumulativeOf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Aggregation aggregation = Aggregation.SUM;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    @Column(name = "lower_bound", precision = 22, scale = 4)
    private BigDecimal lowerBound;

    @Column(name = "upper_bound", precision = 22, scale = 4)
    private BigDecimal upperBound;

    @Column(nullable = false)
    private boolean required = true;

    /** Percentage points for PERCENT; a factor (×, ÷) for COUNT and MONEY. */
    @Column(name = "swing_threshold", precision = 12, scale = 4)
    private BigDecimal swingThreshold;

    /** A change smaller than this (units, VND, percentage points) is never a swing; null = no floor. */
    @Column(name = "swing_floor", precision = 20, scale = 4)
    private BigDecimal swingFloor;

    @Column(name = "higher_is_better", nullable = false)
    private boolean higherIsBetter = true;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    /*
     * The live catalog's applicability, read only by the catalog's administration and when a period opens (fetched
     * there with IndicatorRepository#findAllWithApplicability). Lazy: a period reads its own copy (PeriodIndicator),
     * and every report value, target and rule that loads its indicator would otherwise load these too.
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "indicator_unit_type", joinColumns = @JoinColumn(name = "indicator_id"))
    @Column(name = "unit_type_code")
    private Set<String> unitTypeCodes = new HashSet<>();

    /** Units of an applicable type that nevertheless do not report this indicator. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "indicator_unit_exemption",
            joinColumns = @JoinColumn(name = "indicator_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<Unit> exemptUnits = new HashSet<>();

    protected Indicator() {
    }

    public Indicator(String code, IndicatorSection section, String nameVi, String shortNameVi, String nameEn,
                     ValueType valueType, LocalDate validFrom) {
        this.code = code;
        this.section = section;
        this.nameVi = nameVi;
        this.shortNameVi = shortNameVi;
        this.nameEn = nameEn;
        this.valueType = valueType;
        this.validFrom = validFrom;
    }

    /** True when units of this unit's type report the indicator and the unit is not exempt. */
    public boolean appliesTo(Unit unit) {
        return unitTypeCodes.contains(unit.getType().getCode())
                && exemptUnits.stream().noneMatch(u -> u.getId().equals(unit.getId()));
    }

    /** True when the indicator is part of the catalog for a period whose data window ends on {@code day}. */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public String name(Locale locale) {
        return Messages.pick(locale, nameVi, nameEn);
    }

    public String getCode() {
        return code;
    }

    public IndicatorSection getSection() {
        return section;
    }

    public void setSection(IndicatorSection section) {
        this.section = section;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getShortNameVi() {
        return shortNameVi;
    }

    public void setShortNameVi(String shortNameVi) {
        this.shortNameVi = shortNameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public ValueType getValueType() {
        return valueType;
    }

    public void setValueType(ValueType valueType) {
        this.valueType = valueType;
    }

    public CumulativeRule getCumulativeRule() {
        return cumulativeRule;
    }

    public void setCumulativeRule(CumulativeRule cumulativeRule) {
        this.cumulativeRule = cumulativeRule;
    }

    public Indicator getCumulativeOf() {
        return cumulativeOf;
    }

    public void setCumulativeOf(Indicator cumulativeOf) {
        this.cumulativeOf = cumulativeOf;
    }

    public Aggregation getAggregation() {
        return aggregation;
    }

    public void setAggregation(Aggregation aggregation) {
        this.aggregation = aggregation;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public void setDisplayOrder(int displayOrder) {
        this.displayOrder = displayOrder;
    }

    public BigDecimal getLowerBound() {
        return lowerBound;
    }

    public void setLowerBound(BigDecimal lowerBound) {
        this.lowerBound = lowerBound;
    }

    public BigDecimal getUpperBound() {
        return upperBound;
    }

    public void setUpperBound(BigDecimal upperBound) {
        this.upperBound = upperBound;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public BigDecimal getSwingThreshold() {
        return swingThreshold;
    }

    public void setSwingThreshold(BigDecimal swingThreshold) {
        this.swingThreshold = swingThreshold;
    }

    public BigDecimal getSwingFloor() {
        return swingFloor;
    }

    public void setSwingFloor(BigDecimal swingFloor) {
        this.swingFloor = swingFloor;
    }

    public boolean isHigherIsBetter() {
        return higherIsBetter;
    }

    public void setHigherIsBetter(boolean higherIsBetter) {
        this.higherIsBetter = higherIsBetter;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public Set<String> getUnitTypeCodes() {
        return unitTypeCodes;
    }

    public Set<Unit> getExemptUnits() {
        return exemptUnits;
    }

    @Override
    public String toString() {
        return code;
    }
}
