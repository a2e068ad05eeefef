package vn.cds.baocao.indicator.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.service.IndicatorCatalog.CatalogEntry;
import vn.cds.baocao.organization.domain.UnitSummary;
import vn.cds.baocao.period.domain.ReportingPeriod;

/**
 * Who reports what in one period, for every unit at once ({@link IndicatorCatalog#of}): the period's catalog, the
 * units that report the period, and for each unit the indicators it reports. Plain values, usable after the
 * transaction.
 */
public final class PeriodApplicability {

    private final ReportingPeriod period;
    private final List<CatalogEntry> entries;
    private final List<UnitSummary> units;
    private final Map<Long, UnitSummary> unitsById = new HashMap<>();
    private final Map<Long, CatalogEntry> entriesByIndicator = new HashMap<>();

    PeriodApplicability(ReportingPeriod period, List<CatalogEntry> entries, List<UnitSummary> units) {
        this.period = period;
        this.entries = List.copyOf(entries);
        this.units = List.copyOf(units);
        units.forEach(unit -> unitsById.put(unit.id(), unit));
        entries.forEach(entry -> entriesByIndicator.put(entry.indicator().getId(), entry));
    }

    public ReportingPeriod period() {
        return period;
    }

    /** The period's indicators, in the order of its form. */
    public List<CatalogEntry> entries() {
        return entries;
    }

    public Optional<CatalogEntry> entry(long indicatorId) {
        return Optional.ofNullable(entriesByIndicator.get(indicatorId));
    }

    public List<Indicator> indicators() {
        return entries.stream().map(CatalogEntry::indicator).toList();
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
        return unit != null && unit.reportsForCutOff(period.getDataTo());
    }

    /** True when the indicator applies to the unit in the period (its type then, not exempt then). */
    public boolean applies(long unitId, long indicatorId) {
        UnitSummary unit = unitsById.get(unitId);
        CatalogEntry entry = entriesByIndicator.get(indicatorId);
        return unit != null && entry != null && entry.appliesTo(unit.typeCode(), unit.id());
    }

    /** The indicators the unit reports in the period, in form order. */
    public List<CatalogEntry> entriesFor(long unitId) {
        UnitSummary unit = unitsById.get(unitId);
        if (unit == null) {
            return List.of();
        }
        List<CatalogEntry> applying = new ArrayList<>();
        for (CatalogEntry entry : entries) {
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
        CatalogEntry entry = entriesByIndicator.get(indicatorId);
        Set<Long> reporting = new HashSet<>();
        if (entry == null) {
            return reporting;
        }
        for (UnitSummary unit : units) {
            if (entry.appliesTo(unit.typeCode(), unit.id()) && unit.reportsForCutOff(period.getDataTo())) {
                reporting.add(unit.id());
            }
        }
        return reporting;
    }
}
