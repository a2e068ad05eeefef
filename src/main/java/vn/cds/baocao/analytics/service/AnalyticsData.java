package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.cds.baocao.analytics.domain.ApprovedValueQueries;
import vn.cds.baocao.analytics.domain.CatalogQueries;
import vn.cds.baocao.analytics.domain.CombinedTotalRepository;
import vn.cds.baocao.analytics.domain.IndicatorSetting;
import vn.cds.baocao.analytics.domain.IndicatorSettingRepository;
import vn.cds.baocao.analytics.domain.UnitRows;
import vn.cds.baocao.analytics.domain.UnitRows.UnitRow;
import vn.cds.baocao.analytics.service.PeriodTableBuilder.CombinedTotalSpec;
import vn.cds.baocao.analytics.service.PeriodTableBuilder.Comparison;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.PeriodIndicator;
import vn.cds.baocao.indicator.domain.TargetRepository;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;

/**
 * What every dashboard needs besides the figures: periods, units, the period's indicators, who is expected to
 * report what, targets, settings. Called only from the analytics services' secured, transactional methods.
 */
@Component
class AnalyticsData {

    /** How far back "the latest earlier approved report" is looked for. */
    static final int MAX_LOOKBACK_PERIODS = 24;

    private final ReportingPeriodRepository periods;
    private final UnitRows units;
    private final CatalogQueries catalog;
    private final TargetRepository targets;
    private final IndicatorSettingRepository settings;
    private final CombinedTotalRepository combinedTotals;
    private final ApprovedValueQueries queries;

    AnalyticsData(ReportingPeriodRepository periods, UnitRows units, CatalogQueries catalog,
                  TargetRepository targets, IndicatorSettingRepository settings,
                  CombinedTotalRepository combinedTotals, ApprovedValueQueries queries) {
        this.periods = periods;
        this.units = units;
        this.catalog = catalog;
        this.targets = targets;
        this.settings = settings;
        this.combinedTotals = combinedTotals;
        this.queries = queries;
    }

    ApprovedValueQueries queries() {
        return queries;
    }

    /** Newest first. */
    List<ReportingPeriod> periodsNewestFirst() {
        return periods.findAllByOrderByYearDescMonthDesc();
    }

    ReportingPeriod period(long periodId) {
        return periods.findById(periodId)
                .orElseThrow(() -> new BusinessException("analytics.error.periodNotFound"));
    }

    /** Periods before the given one, newest first. */
    List<ReportingPeriod> earlierPeriods(ReportingPeriod period, int max) {
        YearMonth month = period.yearMonth();
        return periodsNewestFirst().stream().filter(p -> p.yearMonth().isBefore(month)).limit(max).toList();
    }

    List<UnitRow> units() {
        return units.all();
    }

    static UnitRef ref(UnitRow unit, Locale locale) {
        return new UnitRef(unit.id(), unit.code(), unit.shortName(), unit.fullName(), unit.typeCode(),
                unit.typeName(locale), unit.displayOrder());
    }

    /**
     * The period's catalog: its snapshot when the period has one, otherwise the indicators valid on the last day
     * of its data window (the rule of {@code IndicatorCatalog}).
     */
    PeriodCatalog catalog(ReportingPeriod period) {
        List<Indicator> all = catalog.allInReportOrder();
        List<PeriodIndicator> snapshot = catalog.snapshot(period);
        List<PeriodCatalog.Column> columns = new ArrayList<>();
        if (snapshot.isEmpty()) {
            for (Indicator indicator : all) {
                if (indicator.isValidOn(period.getDataTo())) {
                    Set<Long> exempt = new HashSet<>();
                    indicator.getExemptUnits().forEach(unit -> exempt.add(unit.getId()));
                    columns.add(new PeriodCatalog.Column(indicator, indicator.getSection(),
                            Set.copyOf(indicator.getUnitTypeCodes()), exempt));
                }
            }
        } else {
            for (PeriodIndicator entry : snapshot) {
                columns.add(new PeriodCatalog.Column(entry.getIndicator(), entry.getSection(),
                        Set.copyOf(entry.getUnitTypeCodes()), Set.copyOf(entry.getExemptUnitIds())));
            }
        }
        return new PeriodCatalog(columns);
    }

    /** The numeric indicators of the period, in the order of its form. */
    List<Indicator> indicators(ReportingPeriod period) {
        return catalog(period).indicators();
    }

    TargetBook targets(int year) {
        return new TargetBook(targets.findByYear(year));
    }

    Map<Long, IndicatorSetting> settings() {
        Map<Long, IndicatorSetting> byIndicator = new HashMap<>();
        settings.findAll().forEach(s -> byIndicator.put(s.getIndicatorId(), s));
        return byIndicator;
    }

    List<CombinedTotalSpec> combinedTotals(Locale locale) {
        return combinedTotals.findAllByOrderByIdAsc().stream()
                .map(t -> new CombinedTotalSpec(t.getSectionCode(), t.label(locale), t.getIndicatorId(),
                        t.getPlusIndicatorId()))
                .toList();
    }

    ColumnSpec column(Indicator indicator, TargetBook book, Map<Long, IndicatorSetting> settings, Locale locale) {
        IndicatorSetting setting = settings.get(indicator.getId());
        int decimals = setting != null && setting.getTotalDecimals() != null
                ? setting.getTotalDecimals() : ColumnSpec.DEFAULT_TOTAL_DECIMALS;
        String target = book.general(indicator.getId()).map(rule -> rule.text(indicator.getValueType()))
                .orElse(null);
        String header = "en".equals(locale.getLanguage()) ? indicator.getNameEn() : indicator.getShortNameVi();
        return new ColumnSpec(indicator.getId(), indicator.getCode(), header, indicator.name(locale),
                indicator.getValueType(), indicator.getAggregation(), indicator.isHigherIsBetter(), target, decimals,
                null);
    }

    /**
     * For each unit, the figures of its latest approved report before the period (looking back at most
     * {@link #MAX_LOOKBACK_PERIODS} periods). One cheap query per period walked, usually one.
     */
    Map<Long, Comparison> comparisons(ReportingPeriod period, Set<Long> unitIds) {
        Map<Long, Comparison> comparisons = new HashMap<>();
        Set<Long> missing = new HashSet<>(unitIds);
        for (ReportingPeriod earlier : earlierPeriods(period, MAX_LOOKBACK_PERIODS)) {
            if (missing.isEmpty()) {
                break;
            }
            Set<Long> approved = queries.approvedUnits(earlier.getId());
            approved.retainAll(missing);
            if (approved.isEmpty()) {
                continue;
            }
            Map<Long, Map<Long, BigDecimal>> values;
            if (approved.size() > 500) {
                values = queries.approvedValuesByUnit(earlier.getId());
            } else {
                values = new HashMap<>();
                for (ApprovedValueQueries.UnitValue row : queries.approvedValues(earlier.getId(), approved)) {
                    values.computeIfAbsent(row.unitId(), u -> new HashMap<>()).put(row.indicatorId(), row.value());
                }
            }
            for (Long unit : approved) {
                comparisons.put(unit, new Comparison(earlier.getLabel(), values.getOrDefault(unit, Map.of())));
            }
            missing.removeAll(approved);
        }
        return comparisons;
    }

    PeriodRef periodRef(ReportingPeriod period, Map<Long, Long> approvedCounts, List<UnitRow> units) {
        long expected = units.stream().filter(u -> u.reportsForCutOff(period.getDataTo())).count();
        return new PeriodRef(period.getId(), period.getLabel(), period.yearMonth(),
                approvedCounts.getOrDefault(period.getId(), 0L), expected);
    }
}
