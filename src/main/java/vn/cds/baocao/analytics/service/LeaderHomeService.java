package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.analytics.domain.IndicatorSettingRows.SettingRow;
import vn.cds.baocao.analytics.service.CompositeRankingService.CompositeRow;
import vn.cds.baocao.analytics.service.CompositeRankingService.CompositeTable;
import vn.cds.baocao.analytics.service.LeaderHome.KeyFigure;
import vn.cds.baocao.analytics.service.LeaderHome.Place;
import vn.cds.baocao.analytics.service.PeriodTableService.PeriodTables;
import vn.cds.baocao.analytics.service.SectionTable.TotalCell;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.indicator.service.Change;
import vn.cds.baocao.indicator.service.Verdict;

/**
 * The leaders' home page, from the same approved-only services as the dashboard so both always agree: the key
 * figures are the TỔNG of {@link PeriodTableService}'s tables, the places those of {@link CompositeRankingService}.
 * Which indicators are key is a setting ({@link SettingRow#homeOrder()}), not code.
 */
@Service
@Transactional(readOnly = true)
public class LeaderHomeService {

    static final int PLACES = 3;

    private final PeriodTableService tables;
    private final CompositeRankingService composite;
    private final AnalyticsData data;

    public LeaderHomeService(PeriodTableService tables, CompositeRankingService composite, AnalyticsData data) {
        this.tables = tables;
        this.composite = composite;
        this.data = data;
    }

    /** The latest period with an approved report (the dashboard's default); empty when there is none yet. */
    @PreAuthorize("hasRole('LEADER')")
    public Optional<LeaderHome> home(Locale locale) {
        return approvedPeriods().stream().findFirst().map(latest -> home(latest, locale));
    }

    /** A given period, compared with the latest earlier period with an approved report. */
    @PreAuthorize("hasRole('LEADER')")
    public LeaderHome home(long periodId, Locale locale) {
        PeriodRef period = tables.periods().stream().filter(p -> p.id() == periodId).findFirst()
                .orElseThrow(() -> new BusinessException("analytics.error.periodNotFound"));
        return home(period, locale);
    }

    private List<PeriodRef> approvedPeriods() {
        return tables.periods().stream().filter(p -> p.approvedReports() > 0).toList();
    }

    private LeaderHome home(PeriodRef latest, Locale locale) {
        PeriodRef previous = approvedPeriods().stream().filter(p -> p.month().isBefore(latest.month())).findFirst()
                .orElse(null);
        List<Long> keys = data.settings().values().stream().filter(s -> s.homeOrder() != null)
                .sorted(Comparator.comparing(SettingRow::homeOrder)).map(SettingRow::indicatorId)
                .toList();
        PeriodTables now = tables.tables(latest.id(), null, locale);
        PeriodTables before = previous == null ? null : tables.tables(previous.id(), null, locale);
        List<KeyFigure> figures = new ArrayList<>();
        for (Long indicatorId : keys) {
            total(now, indicatorId).ifPresent(current -> {
                BigDecimal earlier = before == null ? null
                        : total(before, indicatorId).map(Total::value).orElse(null);
                Change change = previous == null ? null : Change.of(current.column().valueType(), current.value(),
                        earlier, previous.label(locale), false);
                figures.add(new KeyFigure(current.column(), current.sectionCode(), current.value(), current.verdict(),
                        change, current.contributing(), current.expected()));
            });
        }
        CompositeTable ranking = composite.composite(latest.id(), null, locale);
        List<Place> ranked = ranking.rows().stream().filter(r -> r.rank() != null)
                .map(LeaderHomeService::place).toList();
        List<Place> top = ranked.subList(0, Math.min(PLACES, ranked.size()));
        List<Place> bottom = ranked.subList(Math.max(top.size(), ranked.size() - PLACES), ranked.size());
        return new LeaderHome(latest, previous, List.copyOf(figures), List.copyOf(top), List.copyOf(bottom));
    }

    private static Place place(CompositeRow row) {
        return new Place(row.unit(), row.rank(), row.score());
    }

    /** The TỔNG of the indicator in the period's tables; empty when the period has no such column or total. */
    private static Optional<Total> total(PeriodTables tables, long indicatorId) {
        for (SectionTable table : tables.sections()) {
            for (int c = 0; c < table.columns().size(); c++) {
                ColumnSpec column = table.columns().get(c);
                if (column.indicatorId() != indicatorId) {
                    continue;
                }
                TotalCell cell = table.totals().isEmpty() ? null : table.totals().getFirst().cells().get(c);
                if (cell == null) {
                    return Optional.empty();
                }
                return Optional.of(new Total(column, table.code(), cell.value(),
                        cell.verdict() == null ? Verdict.NONE : cell.verdict(), cell.contributing(), cell.expected()));
            }
        }
        return Optional.empty();
    }

    private record Total(ColumnSpec column, String sectionCode, BigDecimal value, Verdict verdict, int contributing,
                         int expected) {
    }
}
