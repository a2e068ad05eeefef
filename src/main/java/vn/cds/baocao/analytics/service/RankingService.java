package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;
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
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.CatalogRows.CatalogRow;
import vn.cds.baocao.indicator.domain.CatalogRows.IndicatorRow;
import vn.cds.baocao.indicator.service.PeriodApplicability;
import vn.cds.baocao.indicator.service.TargetBook;
import vn.cds.baocao.indicator.service.TargetRule;
import vn.cds.baocao.indicator.service.Verdict;
import vn.cds.baocao.organization.domain.UnitSummary;
import vn.cds.baocao.period.domain.PeriodSummary;
import vn.cds.baocao.report.domain.NoFigure;

/** Units ranked on one indicator of a period (approved figures only), with the rank change and the target. */
@Service
@Transactional(readOnly = true)
public class RankingService {

    static final int HIGHLIGHTED = 3;

    private final AnalyticsData data;

    public RankingService(AnalyticsData data) {
        this.data = data;
    }

    /** The indicators that can be ranked in the period, in report order. */
    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER')")
    public List<IndicatorChoice> indicators(long periodId, Locale locale) {
        PeriodSummary period = data.period(periodId);
        PeriodApplicability who = data.applicability(period, data.units());
        return AnalyticsData.numericIndicators(who).stream()
                .map(e -> IndicatorChoice.of(e.indicator(), e.section().name(locale), locale)).toList();
    }

    /** Also answers the JSON API's ranking packet (role API, approved figures only like every ranking). */
    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER', 'API')")
    public RankingTable ranking(long periodId, long indicatorId, String unitTypeCode, Locale locale) {
        PeriodSummary period = data.period(periodId);
        List<UnitSummary> allUnits = data.units();
        PeriodApplicability who = data.applicability(period, allUnits);
        IndicatorRow indicator = AnalyticsData.numericIndicators(who).stream()
                .filter(e -> e.indicatorId() == indicatorId).findFirst().map(CatalogRow::indicator)
                .orElseThrow(() -> new BusinessException("analytics.error.indicatorNotInPeriod"));
        TargetBook targets = data.targets(period.year());
        ColumnSpec column = data.column(indicator, targets, data.settings(), locale).inWindowOf(period, locale);
        List<UnitSummary> units = allUnits.stream()
                .filter(u -> unitTypeCode == null || u.typeCode().equals(unitTypeCode)).toList();
        Map<Long, UnitSummary> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));

        Map<Long, BigDecimal> values = data.figures().ofIndicator(periodId, indicatorId);
        values.keySet().retainAll(byId.keySet());
        Map<Long, Integer> ranks = Rankings.rank(values, indicator.higherIsBetter());

        String previousLabel = null;
        Map<Long, Integer> previousRanks = Map.of();
        for (PeriodSummary earlier : data.earlierPeriods(period, AnalyticsData.MAX_LOOKBACK_PERIODS)) {
            Map<Long, BigDecimal> earlierValues = data.figures().ofIndicator(earlier.id(), indicatorId);
            earlierValues.keySet().retainAll(byId.keySet());
            if (!earlierValues.isEmpty()) {
                previousLabel = earlier.label(locale);
                previousRanks = Rankings.rank(earlierValues, indicator.higherIsBetter());
                break;
            }
        }

        Set<Long> approved = data.figures().approvedUnits(periodId);
        Map<Long, NoFigure> marks = data.figures().noFiguresOfIndicator(periodId,
                indicatorId);
        Set<Long> listed = new LinkedHashSet<>(AnalyticsData.expectedUnits(who, indicatorId, units));
        listed.addAll(values.keySet());
        int worst = ranks.values().stream().max(Integer::compare).orElse(0);
        int bottomFrom = bottomThreshold(ranks);
        List<RankedRow> rows = new ArrayList<>();
        for (Long unitId : listed) {
            UnitSummary unit = byId.get(unitId);
            BigDecimal value = values.get(unitId);
            Cell.State state = value != null ? Cell.State.VALUE
                    : !approved.contains(unitId) ? Cell.State.NOT_APPROVED
                    : marks.containsKey(unitId) ? Cell.State.of(marks.get(unitId)) : Cell.State.NO_VALUE;
            Integer rank = ranks.get(unitId);
            Verdict verdict = targets.verdict(indicatorId, unit.typeCode(), value);
            rows.add(new RankedRow(AnalyticsData.ref(unit, locale), state, value, rank, previousRanks.get(unitId),
                    verdict, rank != null && rank <= HIGHLIGHTED && ranks.size() > HIGHLIGHTED,
                    rank != null && rank >= bottomFrom && ranks.size() > HIGHLIGHTED && worst > HIGHLIGHTED));
        }
        rows.sort(Comparator.comparing((RankedRow r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
                .thenComparing(r -> r.state().ordinal())
                .thenComparingInt(r -> r.unit().displayOrder()));
        BigDecimal target = targets.general(indicatorId).map(TargetRule::value).orElse(null);
        return new RankingTable(data.periodRef(period, Map.of(periodId, (long) approved.size()), units), column,
                target, previousLabel, List.copyOf(rows));
    }

    /** The rank from which a unit counts among the last three places (ties included). */
    private static int bottomThreshold(Map<Long, Integer> ranks) {
        List<Integer> sorted = ranks.values().stream().sorted(Comparator.reverseOrder()).toList();
        return sorted.size() < HIGHLIGHTED ? Integer.MAX_VALUE : sorted.get(HIGHLIGHTED - 1);
    }

    /** An indicator in a chooser: "Tỷ lệ hồ sơ xử lý trực tuyến (Dịch vụ công trực tuyến)". */
    public record IndicatorChoice(long id, String code, String name, String sectionName) {

        static IndicatorChoice of(IndicatorRow indicator, String sectionName, Locale locale) {
            return new IndicatorChoice(indicator.id(), indicator.code(), indicator.name(locale), sectionName);
        }
    }

    /**
     * @param target   the general target of the year (drawn as a line on the chart), or null
     * @param previous label of the period the ranks are compared with, or null
     */
    public record RankingTable(PeriodRef period, ColumnSpec column, BigDecimal target, String previous,
                               List<RankedRow> rows) {

        public List<RankedRow> ranked() {
            return rows.stream().filter(r -> r.rank() != null).toList();
        }
    }

    /**
     * @param previousRank rank in the earlier period, null when the unit was not ranked then
     * @param top          among the best three places
     * @param bottom       among the last three places
     */
    public record RankedRow(UnitRef unit, Cell.State state, BigDecimal value, Integer rank, Integer previousRank,
                            Verdict verdict, boolean top, boolean bottom) {

        /** Places gained since the earlier period (negative: lost); null when not comparable. */
        public Integer rankChange() {
            return rank == null || previousRank == null ? null : previousRank - rank;
        }
    }
}
