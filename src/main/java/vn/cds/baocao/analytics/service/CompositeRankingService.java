package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.analytics.domain.IndicatorSettingRows.SettingRow;
import vn.cds.baocao.analytics.service.CompositeScoring.Input;
import vn.cds.baocao.analytics.service.CompositeScoring.Score;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.CatalogRows.CatalogRow;
import vn.cds.baocao.indicator.domain.CatalogRows.IndicatorRow;
import vn.cds.baocao.indicator.service.PeriodApplicability;
import vn.cds.baocao.indicator.service.TargetBook;
import vn.cds.baocao.organization.domain.UnitSummary;
import vn.cds.baocao.period.domain.PeriodSummary;

/** "Xếp hạng tổng hợp": one score per unit from the weighted indicators (see {@link CompositeScoring}). */
@Service
@Transactional(readOnly = true)
public class CompositeRankingService {

    private final AnalyticsData data;

    public CompositeRankingService(AnalyticsData data) {
        this.data = data;
    }

    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER')")
    public CompositeTable composite(long periodId, String unitTypeCode, Locale locale) {
        PeriodSummary period = data.period(periodId);
        List<UnitSummary> allUnits = data.units();
        List<UnitSummary> units = allUnits.stream()
                .filter(u -> unitTypeCode == null || u.typeCode().equals(unitTypeCode)).toList();
        Map<Long, UnitSummary> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Map<Long, SettingRow> settings = data.settings();
        TargetBook targets = data.targets(period.year());

        List<Input> inputs = new ArrayList<>();
        List<WeightedIndicator> weights = new ArrayList<>();
        Set<Long> listed = new LinkedHashSet<>();
        PeriodApplicability who = data.applicability(period, allUnits);
        for (CatalogRow entry : AnalyticsData.numericIndicators(who)) {
            IndicatorRow indicator = entry.indicator();
            SettingRow setting = settings.get(indicator.id());
            if (setting == null || setting.compositeWeight().signum() <= 0) {
                continue;
            }
            Map<Long, BigDecimal> values = data.figures().ofIndicator(periodId, indicator.id());
            values.keySet().retainAll(byId.keySet());
            Set<Long> expected = AnalyticsData.expectedUnits(who, indicator.id(), units);
            inputs.add(new Input(indicator.id(), setting.compositeWeight(), indicator.higherIsBetter(),
                    values, expected));
            weights.add(new WeightedIndicator(data.column(indicator, targets, settings, locale),
                    setting.compositeWeight(), BigDecimal.ZERO));
            listed.addAll(expected);
            listed.addAll(values.keySet());
        }
        BigDecimal weightSum = weights.stream().map(WeightedIndicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<WeightedIndicator> shares = weights.stream().map(w -> new WeightedIndicator(w.column(), w.weight(),
                w.weight().multiply(BigDecimal.valueOf(100)).divide(weightSum, MathContext.DECIMAL64)
                        .setScale(1, RoundingMode.HALF_UP))).toList();

        Set<Long> approved = data.figures().approvedUnits(periodId);
        List<Score> scores = CompositeScoring.score(inputs, List.copyOf(listed));
        Map<Long, BigDecimal> ranked = new HashMap<>();
        scores.stream().filter(s -> s.ranked() && approved.contains(s.unitId()))
                .forEach(s -> ranked.put(s.unitId(), s.score()));
        Map<Long, Integer> ranks = Rankings.rank(ranked, true);
        List<CompositeRow> rows = new ArrayList<>();
        for (Score score : scores) {
            Status status = !approved.contains(score.unitId()) ? Status.NOT_APPROVED
                    : score.ranked() ? Status.RANKED : Status.INSUFFICIENT_DATA;
            rows.add(new CompositeRow(AnalyticsData.ref(byId.get(score.unitId()), locale), status,
                    status == Status.RANKED ? score.score() : null, ranks.get(score.unitId()),
                    score.coverage().multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP),
                    score.normalised()));
        }
        rows.sort(Comparator.comparing((CompositeRow r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
                .thenComparing(r -> r.status().ordinal()).thenComparingInt(r -> r.unit().displayOrder()));
        return new CompositeTable(data.periodRef(period, Map.of(periodId, (long) approved.size()), units), shares,
                List.copyOf(rows), CompositeScoring.MIN_COVERAGE.multiply(BigDecimal.valueOf(100)).intValue());
    }

    public enum Status { RANKED, INSUFFICIENT_DATA, NOT_APPROVED }

    /** @param share the weight as a percentage of all weights */
    public record WeightedIndicator(ColumnSpec column, BigDecimal weight, BigDecimal share) {
    }

    /**
     * @param coveragePercent share of the applicable weight the unit has approved figures for
     * @param normalised      0–100 figure per indicator id
     */
    public record CompositeRow(UnitRef unit, Status status, BigDecimal score, Integer rank, BigDecimal coveragePercent,
                               Map<Long, BigDecimal> normalised) {
    }

    /** @param minCoveragePercent coverage a unit needs to be ranked */
    public record CompositeTable(PeriodRef period, List<WeightedIndicator> weights, List<CompositeRow> rows,
                                 int minCoveragePercent) {

        public boolean configured() {
            return !weights.isEmpty();
        }
    }
}
