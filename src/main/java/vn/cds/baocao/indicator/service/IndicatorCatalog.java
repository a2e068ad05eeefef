package vn.cds.baocao.indicator.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.indicator.domain.CatalogRows;
import vn.cds.baocao.indicator.domain.CatalogRows.CatalogRow;
import vn.cds.baocao.indicator.domain.CatalogRows.IndicatorRow;
import vn.cds.baocao.indicator.domain.CatalogRows.SectionRow;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.IndicatorRepository;
import vn.cds.baocao.indicator.domain.IndicatorRule;
import vn.cds.baocao.indicator.domain.IndicatorRuleRepository;
import vn.cds.baocao.indicator.domain.IndicatorSection;
import vn.cds.baocao.indicator.domain.PeriodIndicator;
import vn.cds.baocao.indicator.domain.PeriodIndicatorRepository;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitSummary;
import vn.cds.baocao.organization.service.UnitDirectory;
import vn.cds.baocao.organization.service.UnitHistory;
import vn.cds.baocao.period.domain.PeriodSummary;
import vn.cds.baocao.period.domain.ReportingPeriod;

/**
 * Applicability: which units report a period, which indicators belong to it, and which of them each unit reports.
 * The report form, the review screen, the completeness board, the reminders, the analytics, the Excel templates and
 * the API all ask here, so they always agree. For one unit ({@link #forUnit}) or for every unit at once
 * ({@link #of}: one statement whatever the number of units, the catalog as plain rows).
 *
 * <p>A period uses the catalog as it was when the period opened ({@link PeriodCatalogSnapshots} stores it when the
 * period is created): each indicator with its section, order, applicable unit types and exempt units then. Later
 * catalog changes apply to later periods only. A period without a snapshot falls back to the live catalog (the
 * indicators valid on its cut-off day). A unit reports a period when its type reports and it exists on the
 * period's cut-off day (organization's {@link Unit#reportsForCutOff}).
 *
 * <p>Read-only and without a role check, like the other seams, so jobs and listeners can use it; the callers are
 * services that check their caller.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorCatalog {

    private final IndicatorRepository indicators;
    private final PeriodIndicatorRepository periodIndicators;
    private final CatalogRows catalogRows;
    private final IndicatorRuleRepository rules;
    private final UnitDirectory units;
    private final UnitHistory unitHistory;

    public IndicatorCatalog(IndicatorRepository indicators, PeriodIndicatorRepository periodIndicators,
                            CatalogRows catalogRows, IndicatorRuleRepository rules, UnitDirectory units,
                            UnitHistory unitHistory) {
        this.indicators = indicators;
        this.periodIndicators = periodIndicators;
        this.catalogRows = catalogRows;
        this.rules = rules;
        this.units = units;
        this.unitHistory = unitHistory;
    }

    /** The indicators of the period, in the order of the period's form. */
    public List<Indicator> forPeriod(ReportingPeriod period) {
        return entries(period).stream().map(CatalogEntry::indicator).toList();
    }

    /**
     * The unit's entries of the period's catalog, with whether the period requires each (the period's flag, not the
     * indicator's: an administrator may make an indicator optional for one period).
     */
    public List<CatalogEntry> entriesForUnit(Unit unit, ReportingPeriod period) {
        return entries(period).stream().filter(entry -> entry.appliesTo(unit.getType().getCode(), unit.getId()))
                .toList();
    }

    /** The indicators the unit reports in the period (by its type then, minus exemptions then). */
    public List<Indicator> forUnit(Unit unit, ReportingPeriod period) {
        return entriesForUnit(unit, period).stream().map(CatalogEntry::indicator).toList();
    }

    /**
     * The period's indicators with the section each belonged to when the period opened; group a form or a table
     * by {@link CatalogEntry#section()} rather than by the indicator's current section.
     */
    public List<CatalogEntry> entries(ReportingPeriod period) {
        List<PeriodIndicator> snapshot = periodIndicators.findByPeriod(period);
        return snapshot.isEmpty() ? liveEntries(period.getDataTo(), indicators.findAllWithApplicability())
                : snapshot.stream().map(CatalogEntry::of).toList();
    }

    private static List<CatalogEntry> liveEntries(LocalDate cutOff, List<Indicator> catalog) {
        List<Indicator> live = catalog.stream().filter(indicator -> indicator.isValidOn(cutOff)).toList();
        List<CatalogEntry> entries = new ArrayList<>();
        for (int i = 0; i < live.size(); i++) {
            entries.add(CatalogEntry.of(live.get(i), i + 1));
        }
        return entries;
    }

    /** Who reports what in the period, for every unit at once. */
    public PeriodApplicability of(ReportingPeriod period) {
        return of(period, units.summaries());
    }

    /** {@link #of(ReportingPeriod)} with every unit already read ({@link UnitDirectory#summaries()}). */
    public PeriodApplicability of(ReportingPeriod period, List<UnitSummary> allUnits) {
        return of(period.summary(), allUnits);
    }

    /** {@link #of(ReportingPeriod, List)} for a period read as a plain value. */
    public PeriodApplicability of(PeriodSummary period, List<UnitSummary> allUnits) {
        return of(List.of(period), allUnits).get(period.id());
    }

    /**
     * {@link #of(PeriodSummary, List)} for many periods, in one statement whatever their number (the stored
     * catalogs as rows; the live one too when a period has none).
     *
     * @return by period id
     */
    public Map<Long, PeriodApplicability> of(Collection<PeriodSummary> periods, List<UnitSummary> allUnits) {
        Map<Long, List<CatalogRow>> snapshots = catalogRows.ofPeriods(
                periods.stream().map(PeriodSummary::id).toList());
        List<Indicator> catalog = periods.stream().allMatch(p -> snapshots.containsKey(p.id())) ? List.of()
                : indicators.findAllWithApplicability();
        Map<Long, PeriodApplicability> byPeriod = new LinkedHashMap<>();
        for (PeriodSummary period : periods) {
            List<CatalogRow> rows = snapshots.get(period.id());
            byPeriod.put(period.id(), new PeriodApplicability(period, rows != null ? rows
                    : liveEntries(period.dataTo(), catalog).stream().map(CatalogEntry::row).toList(), allUnits));
        }
        return byPeriod;
    }

    /** True when the unit is expected to report the period (its type reports, it exists on the cut-off day). */
    public boolean reportsIn(Unit unit, ReportingPeriod period) {
        return unitHistory.reportsOn(unit, period.getDataTo());
    }

    /**
     * True when a report of the unit is expected for the period: it reports the period and at least one of the
     * period's indicators ({@link PeriodApplicability#expected} for every unit at once).
     */
    public boolean expects(Unit unit, ReportingPeriod period) {
        return reportsIn(unit, period) && !forUnit(unit, period).isEmpty();
    }

    /** The units expected to report the period, in display order. */
    public List<Unit> reportingUnits(ReportingPeriod period) {
        return unitHistory.reportingUnits(period.getDataTo());
    }

    /** Of the given units, those expected to report the period (no statement: for many periods at once). */
    public List<UnitSummary> reportingUnits(PeriodSummary period, List<UnitSummary> among) {
        return among.stream().filter(unit -> unit.reportsForCutOff(period.dataTo())).toList();
    }

    /** True when the period's catalog was stored when it opened. */
    public boolean hasSnapshot(ReportingPeriod period) {
        return periodIndicators.existsByPeriod(period);
    }

    /** The rules between indicators of a report (e.g. "tin đã xử lý ≤ tin tiếp nhận"). */
    public List<IndicatorRule> rules() {
        return rules.findAllWithIndicators();
    }

    public Optional<Indicator> indicator(long id) {
        return indicators.findById(id);
    }

    /** The whole live catalog (retired indicators too) in the order of the report's tables, in one statement. */
    public List<Indicator> all() {
        return indicators.findAllWithApplicability();
    }

    /** The live catalog as a period ending on the cut-off day would open with it. */
    List<Indicator> live(ReportingPeriod period) {
        return liveEntries(period.getDataTo(), indicators.findAllWithApplicability()).stream()
                .map(CatalogEntry::indicator).toList();
    }

    /**
     * An indicator of a period, in the section and at the place it had when the period opened, with the unit types
     * that reported it then and the units exempt then.
     */
    public record CatalogEntry(Indicator indicator, IndicatorSection section, int displayOrder,
                               Set<String> unitTypeCodes, Set<Long> exemptUnitIds, boolean required) {

        /** True when a unit of this type and id reports the indicator (its type applies, it is not exempt). */
        public boolean appliesTo(String unitTypeCode, long unitId) {
            return CatalogRow.applies(unitTypeCodes, exemptUnitIds, unitTypeCode, unitId);
        }

        /** The entry as a plain row ({@link PeriodApplicability} holds rows). */
        CatalogRow row() {
            return new CatalogRow(IndicatorRow.of(indicator), SectionRow.of(section), displayOrder, required,
                    unitTypeCodes, exemptUnitIds);
        }

        static CatalogEntry of(PeriodIndicator entry) {
            return new CatalogEntry(entry.getIndicator(), entry.getSection(), entry.getDisplayOrder(),
                    entry.getUnitTypeCodes(), entry.getExemptUnitIds(), entry.isRequired());
        }

        static CatalogEntry of(Indicator indicator, int displayOrder) {
            Set<Long> exempt = new HashSet<>();
            indicator.getExemptUnits().forEach(unit -> exempt.add(unit.getId()));
            return new CatalogEntry(indicator, indicator.getSection(), displayOrder,
                    Set.copyOf(indicator.getUnitTypeCodes()), Set.copyOf(exempt), indicator.isRequired());
        }
    }
}
