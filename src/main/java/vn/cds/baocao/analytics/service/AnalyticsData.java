package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.cds.baocao.analytics.domain.CombinedTotalRows;
import vn.cds.baocao.analytics.domain.IndicatorSettingRows;
import vn.cds.baocao.analytics.domain.IndicatorSettingRows.SettingRow;
import vn.cds.baocao.analytics.service.PeriodTableBuilder.CombinedTotalSpec;
import vn.cds.baocao.analytics.service.PeriodTableBuilder.Comparison;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.CatalogRows.CatalogRow;
import vn.cds.baocao.indicator.domain.CatalogRows.IndicatorRow;
import vn.cds.baocao.indicator.service.IndicatorCatalog;
import vn.cds.baocao.indicator.service.PeriodApplicability;
import vn.cds.baocao.indicator.service.TargetBook;
import vn.cds.baocao.indicator.service.Targets;
import vn.cds.baocao.organization.domain.UnitSummary;
import vn.cds.baocao.organization.service.UnitDirectory;
import vn.cds.baocao.period.domain.PeriodSummary;
import vn.cds.baocao.period.service.PeriodDirectory;
import vn.cds.baocao.report.service.ApprovedFigures;

/**
 * What every dashboard needs besides the figures: periods, units, the period's indicators, who is expected to
 * report what (the indicator catalog's applicability), targets, settings. Called only from the analytics services'
 * secured, transactional methods.
 */
@Component
class AnalyticsData {

    /** How far back "the latest earlier approved report" is looked for. */
    static final int MAX_LOOKBACK_PERIODS = 24;

    private final PeriodDirectory periods;
    private final UnitDirectory units;
    private final IndicatorCatalog catalog;
    private final Targets targets;
    private final IndicatorSettingRows settings;
    private final CombinedTotalRows combinedTotals;
    private final ApprovedFigures figures;

    AnalyticsData(PeriodDirectory periods, UnitDirectory units, IndicatorCatalog catalog, Targets targets,
                  IndicatorSettingRows settings, CombinedTotalRows combinedTotals,
                  ApprovedFigures figures) {
        this.periods = periods;
        this.units = units;
        this.catalog = catalog;
        this.targets = targets;
        this.settings = settings;
        this.combinedTotals = combinedTotals;
        this.figures = figures;
    }

    /** The approved figures: the only figures a dashboard ever shows. */
    ApprovedFigures figures() {
        return figures;
    }

    /** Newest first. */
    List<PeriodSummary> periodsNewestFirst() {
        return periods.summariesNewestFirst();
    }

    PeriodSummary period(long periodId) {
        return periods.summary(periodId)
                .orElseThrow(() -> new BusinessException("analytics.error.periodNotFound"));
    }

    /** Periods before the given one, newest first. */
    List<PeriodSummary> earlierPeriods(PeriodSummary period, int max) {
        return earlierPeriods(period, periodsNewestFirst(), max);
    }

    /** Of {@code newestFirst} (every period, newest first), those before the given one. */
    static List<PeriodSummary> earlierPeriods(PeriodSummary period, List<PeriodSummary> newestFirst, int max) {
        YearMonth month = period.month();
        return newestFirst.stream().filter(p -> p.month().isBefore(month)).limit(max).toList();
    }

    /** The period of that id among {@code newestFirst} (every period, read once for a whole computation). */
    static PeriodSummary period(long periodId, List<PeriodSummary> newestFirst) {
        return newestFirst.stream().filter(p -> p.id() == periodId).findFirst()
                .orElseThrow(() -> new BusinessException("analytics.error.periodNotFound"));
    }

    List<UnitSummary> units() {
        return units.summaries();
    }

    static UnitRef ref(UnitSummary unit, Locale locale) {
        return new UnitRef(unit.id(), unit.code(), unit.shortName(), unit.fullName(), unit.typeCode(),
                unit.typeName(locale), unit.displayOrder(), unit.reportingType());
    }

    /** Who reports what in the period (the period's catalog as it opened, see {@link IndicatorCatalog}). */
    PeriodApplicability applicability(PeriodSummary period, List<UnitSummary> allUnits) {
        return catalog.of(period, allUnits);
    }

    /**
     * The numeric indicators of the period, in the order of its form, each in the section it belonged to when the
     * period opened.
     */
    static List<CatalogRow> numericIndicators(PeriodApplicability who) {
        return who.entries().stream().filter(e -> e.indicator().valueType().isNumeric()).toList();
    }

    /** Of the given units, those expected to report the indicator in the period. */
    static Set<Long> expectedUnits(PeriodApplicability who, long indicatorId, List<UnitSummary> among) {
        Set<Long> reporting = who.unitsReporting(indicatorId);
        Set<Long> expected = new HashSet<>();
        for (UnitSummary unit : among) {
            if (reporting.contains(unit.id())) {
                expected.add(unit.id());
            }
        }
        return expected;
    }

    TargetBook targets(int year) {
        return targets.book(year);
    }

    Map<Long, SettingRow> settings() {
        return settings.byIndicator();
    }

    List<CombinedTotalSpec> combinedTotals(Locale locale) {
        return combinedTotals.all().stream()
                .map(t -> new CombinedTotalSpec(t.sectionCode(), t.label(locale), t.indicatorId(),
                        t.plusIndicatorId()))
                .toList();
    }

    ColumnSpec column(IndicatorRow indicator, TargetBook book, Map<Long, SettingRow> settings, Locale locale) {
        SettingRow setting = settings.get(indicator.id());
        int decimals = setting != null && setting.totalDecimals() != null
                ? setting.totalDecimals() : ColumnSpec.DEFAULT_TOTAL_DECIMALS;
        String target = book.general(indicator.id()).map(rule -> rule.text(indicator.valueType())).orElse(null);
        String header = Messages.pick(locale, indicator.shortNameVi(), indicator.nameEn());
        return new ColumnSpec(indicator.id(), indicator.code(), header, indicator.name(locale),
                indicator.valueType(), indicator.aggregation(), indicator.higherIsBetter(), target, decimals, null);
    }

    /**
     * For each unit, the figures of its latest approved report before the period (looking back at most
     * {@link #MAX_LOOKBACK_PERIODS} periods of {@code newestFirst}, every period newest first). One cheap query per
     * period walked, usually one.
     */
    Map<Long, Comparison> comparisons(PeriodSummary period, List<PeriodSummary> newestFirst, Set<Long> unitIds) {
        Map<Long, Comparison> comparisons = new HashMap<>();
        Set<Long> missing = new HashSet<>(unitIds);
        for (PeriodSummary earlier : earlierPeriods(period, newestFirst, MAX_LOOKBACK_PERIODS)) {
            if (missing.isEmpty()) {
                break;
            }
            Set<Long> approved = figures.approvedUnits(earlier.id());
            approved.retainAll(missing);
            if (approved.isEmpty()) {
                continue;
            }
            // a long list of ids costs more than reading the whole period
            Map<Long, Map<Long, BigDecimal>> values = figures.numbersByUnit(earlier.id(),
                    approved.size() > 500 ? null : approved);
            for (Long unit : approved) {
                comparisons.put(unit, new Comparison(earlier.month(), values.getOrDefault(unit, Map.of())));
            }
            missing.removeAll(approved);
        }
        return comparisons;
    }

    PeriodRef periodRef(PeriodSummary period, Map<Long, Long> approvedCounts, List<UnitSummary> units) {
        long expected = catalog.reportingUnits(period, units).size();
        return new PeriodRef(period.id(), period.label(), period.month(),
                approvedCounts.getOrDefault(period.id(), 0L), expected);
    }
}
