package vn.cds.baocao.indicator.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import vn.cds.baocao.base.domain.AbstractEntity;
import vn.cds.baocao.period.domain.ReportingPeriod;

/**
 * One indicator of a period's catalog as it was when the period opened: its section and place in the form, and
 * which unit types (minus exempt units) reported it then. Later changes to the catalog do not touch it.
 */
@Entity
@Table(name = "period_indicator")
public class PeriodIndicator extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "section_code")
    private IndicatorSection section;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    /** The period asks for a figure or a no-figure mark (copied from the indicator, then set per period). */
    @Column(nullable = false)
    private boolean required;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "period_indicator_unit_type", joinColumns = @JoinColumn(name = "period_indicator_id"))
    @Column(name = "unit_type_code", length = 32)
    private Set<String> unitTypeCodes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "period_indicator_exemption", joinColumns = @JoinColumn(name = "period_indicator_id"))
    @Column(name = "unit_id")
    private Set<Long> exemptUnitIds = new HashSet<>();

    protected PeriodIndicator() {
    }

    /** The indicator as the catalog holds it now, at {@code displayOrder} in the period's form. */
    public PeriodIndicator(ReportingPeriod period, Indicator indicator, int displayOrder) {
        this.period = period;
        this.indicator = indicator;
        this.section = indicator.getSection();
        this.displayOrder = displayOrder;
        this.required = indicator.isRequired();
        this.unitTypeCodes.addAll(indicator.getUnitTypeCodes());
        indicator.getExemptUnits().forEach(unit -> exemptUnitIds.add(unit.getId()));
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public IndicatorSection getSection() {
        return section;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public Set<String> getUnitTypeCodes() {
        return Set.copyOf(unitTypeCodes);
    }

    public Set<Long> getExemptUnitIds() {
        return Set.copyOf(exemptUnitIds);
    }
}
