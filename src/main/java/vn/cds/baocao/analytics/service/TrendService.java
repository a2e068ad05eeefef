package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.CatalogRows.IndicatorRow;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.service.IndicatorCatalog;
import vn.cds.baocao.organization.domain.UnitSummary;
import vn.cds.baocao.period.domain.PeriodSummary;
import vn.cds.baocao.report.domain.PeriodMean;
import vn.cds.baocao.report.domain.PeriodUnitValue;

/** An indicator over periods: the chosen units and the province mean, from approved figures only. */
@Service
@Transactional(readOnly = true)
public class TrendService {

    public static final int MAX_PERIODS = 60;
    public static final int MAX_UNITS = 10;

    private final AnalyticsData data;
    private final IndicatorCatalog indicators;

    public TrendService(AnalyticsData data, IndicatorCatalog indicators) {
        this.data = data;
        this.indicators = indicators;
    }

    /**
     * @param lastPeriodId the newest period of the trend
     * @param periods      how many periods, ending with {@code lastPeriodId} (1–{@value #MAX_PERIODS})
     * @param unitIds      at most {@value #MAX_UNITS} units
     */
    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER')")
    public Trend trend(long indicatorId, long lastPeriodId, int periods, Collection<Long> unitIds, Locale locale) {
        if (periods < 1 || periods > MAX_PERIODS) {
            throw new BusinessException("analytics.error.trendPeriods", String.valueOf(MAX_PERIODS));
        }
        if (unitIds.size() > MAX_UNITS) {
            throw new BusinessException("analytics.error.trendUnits", String.valueOf(MAX_UNITS));
        }
        PeriodSummary last = data.period(lastPeriodId);
        Indicator indicator = indicators.indicator(indicatorId).filter(i -> i.getValueType().isNumeric())
                .orElseThrow(() -> new BusinessException("analytics.error.indicatorNotFound"));
        List<PeriodSummary> window = new ArrayList<>(data.earlierPeriods(last, periods - 1));
        window.add(0, last);
        window.sort(Comparator.comparing(PeriodSummary::month));
        List<Long> periodIds = window.stream().map(PeriodSummary::id).toList();
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < window.size(); i++) {
            position.put(window.get(i).id(), i);
        }

        Map<Long, UnitSummary> units = new HashMap<>();
        data.units().stream().filter(u -> unitIds.contains(u.id())).forEach(u -> units.put(u.id(), u));
        if (units.size() != unitIds.size()) {
            throw new BusinessException("analytics.error.unitNotFound");
        }
        Map<Long, BigDecimal[]> byUnit = new HashMap<>();
        for (PeriodUnitValue value : data.figures().series(indicatorId, periodIds, units.keySet())) {
            byUnit.computeIfAbsent(value.unitId(), u -> new BigDecimal[window.size()])[position.get(value.periodId())]
                    = value.value();
        }
        List<Series> series = new ArrayList<>();
        units.values().stream().sorted(Comparator.comparingInt(UnitSummary::displayOrder)).forEach(unit ->
                series.add(new Series(unit.shortName(), unit.id(),
                        java.util.Arrays.asList(byUnit.getOrDefault(unit.id(), new BigDecimal[window.size()])))));
        BigDecimal[] means = new BigDecimal[window.size()];
        for (PeriodMean mean : data.figures().means(indicatorId, periodIds)) {
            means[position.get(mean.periodId())] = mean.mean().setScale(2, RoundingMode.HALF_UP);
        }
        Series mean = new Series(Messages.get(locale, "analytics.trend.mean"), null, java.util.Arrays.asList(means));
        ColumnSpec column = data.column(IndicatorRow.of(indicator), data.targets(last.year()), data.settings(),
                locale);
        return new Trend(column, window.stream().map(p -> p.label(locale)).toList(), series, mean);
    }

    /** Units that report the indicator in the period, for the chooser. */
    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER')")
    public List<UnitRef> units(long indicatorId, long periodId, Locale locale) {
        PeriodSummary period = data.period(periodId);
        Indicator indicator = indicators.indicator(indicatorId)
                .orElseThrow(() -> new BusinessException("analytics.error.indicatorNotFound"));
        List<UnitSummary> all = data.units();
        java.util.Set<Long> expected = AnalyticsData.expectedUnits(data.applicability(period, all), indicator.getId(),
                all);
        return all.stream().filter(u -> expected.contains(u.id())).map(u -> AnalyticsData.ref(u, locale)).toList();
    }

    /** @param values one per period; null where no approved figure exists */
    public record Series(String name, Long unitId, List<BigDecimal> values) {
    }

    public record Trend(ColumnSpec column, List<String> periodLabels, List<Series> units, Series mean) {
    }
}
