package vn.cds.baocao.indicator.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cds.baocao.indicator.domain.CatalogRows.CatalogRow;
import vn.cds.baocao.organization.domain.UnitSummary;
import vn.cds.baocao.period.domain.PeriodSummary;

/**
 * Who reports what in one period, for every unit at once ({@link IndicatorCatalog#of}): the period's catalog (as
 * plain rows: the report forms read the entities with {@link IndicatorCatalog#entries}), the units that report the
 * period, and for each unit the indicators it reports. Plain values, usable after the transaction.
 */
public final class PeriodApplicability {

    private final PeriodSummary period;
    private final List<CatalogRow> entries;
    private final List<UnitSummary> units;
    private final Map<Long, UnitSummary> unitsById = new HashMap<>();
    private final Map<Long, CatalogRow> entriesByIndicator = new HashMap<>();

    PeriodApplicability(PeriodSummary period, List<CatalogRow> entries, List<UnitSummary> units) {
        this.period = period;
        this.entries = List.copyOf(entries);
        this.units = List.copyOf(units);
        units.forEach(unit -> unitsById.put(unit.id(), unit));
        entries.forEach(entry -> entriesByIndicator.put(entry.indicatorId(), entry));
    }

    /** The period's indicators, in the order of its form. */
    public List<CatalogRow> entries() {
        return entries;
    }

    public Optional<CatalogRow> entry(long indicatorId) {
        return Optional.ofNullable(entriesByIndicator.get(indicatorId));
    }

    /** Every unit (reporting or not), in display order. */
    public List<UnitSummary> units() {
        return units;
    }

    /** The units expected to report the period (their type reports, they exist on its cut-off day). */
    public List<UnitSummary> reportingUnits() {
        return units.stream().filter(unit -> reports(unit.id())).toList();
    }

    /** True when the unit is expected to report the period. */
    public boolean reports(long unitId) {
        UnitSummary unit = unitsById.get(unitId);
        return unit != null && unit.reportsForCutOff(period.dataTo());
    }

    /** True when the indicator applies to the unit in the period (its type then, not exempt then). */
    public boolean applies(long unitId, long indicatorId) {
        UnitSummary unit = unitsById.get(unitId);
        CatalogRow entry = entriesByIndicator.get(indicatorId);
        return unit != null && entry != null && entry.appliesTo(unit.typeCode(), unit.id());
    }

    /** The indicators the unit reports in the period, in form order. */
    public List<CatalogRow> entriesFor(long unitId) {
        UnitSummary unit = unitsById.get(unitId);
        if (unit == null) {
            return List.of();
        }
        List<CatalogRow> applying = new ArrayList<>();
        for (CatalogRow entry : entries) {
            if (entry.appliesTo(unit.typeCode(), unit.id())) {
                applying.add(entry);
            }
        }
        return applying;
    }

    /** True when the unit reports the period and at least one of its indicators: a report is expected. */
    public boolean expected(long unitId) {
        return reports(unitId) && !entriesFor(unitId).isEmpty();
    }

    /** The units expected to report the indicator: they report the period and the indicator applies to them. */
    public Set<Long> unitsReporting(long indicatorId) {
        CatalogRow entry = entriesByIndicator.get(indicatorId);
        Set<Long> reporting = new HashSet<>();
        if (entry == null) {
            return reporting;
        }
        for (UnitSummary unit : units) {
            if (entry.appliesTo(unit.typeCode(), unit.id()) && unit.reportsForCutOff(period.dataTo())) {
                reporting.add(unit.id());
            }
        }
        return reporting;
    }
}
