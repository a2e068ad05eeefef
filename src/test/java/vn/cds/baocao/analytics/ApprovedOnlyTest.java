package vn.cds.baocao.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cds.baocao.analytics.AnalyticsFixtures.cell;
import static vn.cds.baocao.analytics.AnalyticsFixtures.column;
import static vn.cds.baocao.analytics.AnalyticsFixtures.period;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.analytics.service.Cell;
import vn.cds.baocao.analytics.service.CellText;
import vn.cds.baocao.analytics.service.CompositeRankingService;
import vn.cds.baocao.analytics.service.CompositeWeightService;
import vn.cds.baocao.analytics.service.PeriodTableService;
import vn.cds.baocao.analytics.service.RankingService;
import vn.cds.baocao.analytics.service.RankingService.RankedRow;
import vn.cds.baocao.analytics.service.SectionTable;
import vn.cds.baocao.analytics.service.TrendService;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportRows;
import vn.cds.baocao.support.ReferenceData;

/**
 * Leaders see approved figures only: draft, submitted and returned reports with figures exist in the database,
 * and no dashboard shows those figures; their units read "chưa duyệt" and are never counted as 0.
 */
@CdsSpringTest
class ApprovedOnlyTest {

    private static final YearMonth JUNE = YearMonth.of(2024, 6);
    private static final String DVC = "dvc_online_rate_pct";

    @Autowired
    ReportRows fixtures;
    @Autowired
    PeriodTableService tables;
    @Autowired
    RankingService rankings;
    @Autowired
    CompositeRankingService composite;
    @Autowired
    TrendService trends;
    @Autowired
    CompositeWeightService weights;

    private long submitted;

    @BeforeEach
    void unapprovedReportsWithFigures() {
        submitted = fixtures.create("SO_GTVT", JUNE, ReportStatus.SUBMITTED, DVC, "11");
        fixtures.create("SO_KHDT", JUNE, ReportStatus.DRAFT, DVC, "22");
        fixtures.create("SO_KHCN", JUNE, ReportStatus.RETURNED, DVC, "33");
    }

    @AfterEach
    void removeThem() {
        fixtures.removeAll();
    }

    @Test
    @WithUserDetails("leader")
    void theTablesShowNotApprovedNeverTheFigureAndNeverZero() {
        long june = period(tables, "2024-06").id();
        SectionTable dvc = tables.tables(june, null, Messages.VIETNAMESE).section("DVC").orElseThrow();
        assertThat(dvc.rows()).hasSize(27)
                .extracting(r -> r.unit().code()).as("reference units only").allMatch(ReferenceData.unitCodes()::contains);
        for (String unit : List.of("SO_GTVT", "SO_KHDT", "SO_KHCN")) {
            Cell cell = cell(dvc, unit, DVC);
            assertThat(cell.state()).isEqualTo(Cell.State.NOT_APPROVED);
            assertThat(cell.value()).isNull();
            assertThat(CellText.value(dvc.columns().get(column(dvc, DVC)), cell, Messages.VIETNAMESE))
                    .isEqualTo("chưa duyệt");
        }
        assertThat(dvc.rows()).flatMap(SectionTable.Row::cells).extracting(Cell::value).allMatch(Objects::isNull);
        assertThat(dvc.totals().getFirst().cells().get(column(dvc, DVC)).value()).isNull();
        assertThat(dvc.totals().getFirst().cells().get(column(dvc, DVC)).contributing()).isZero();
        assertThat(dvc.notApprovedUnits()).hasSize(27);
        assertThat(tables.csv(june, "DVC", null, Messages.VIETNAMESE)).asString().doesNotContain("11%", "22%", "33%");
    }

    @Test
    @WithUserDetails("leader")
    void rankingsTrendsAndCompositeIgnoreUnapprovedFigures() {
        long june = period(tables, "2024-06").id();
        long july = period(tables, "2024-07").id();
        long dvcId = rankings.indicators(july, Messages.VIETNAMESE).stream().filter(i -> i.code().equals(DVC)).findFirst()
                .orElseThrow().id();
        assertThat(rankings.ranking(june, dvcId, null, Messages.VIETNAMESE).ranked()).isEmpty();
        assertThat(rankings.ranking(june, dvcId, null, Messages.VIETNAMESE).rows()).extracting(RankedRow::state)
                .containsOnly(Cell.State.NOT_APPROVED);
        // July's ranks are compared with March, the latest period with approved figures
        assertThat(rankings.ranking(july, dvcId, null, Messages.VIETNAMESE).previous()).isEqualTo("Tháng 3/2024");
        assertThat(composite.composite(june, null, Messages.VIETNAMESE).rows()).allMatch(r -> r.rank() == null);

        long gtvt = trends.units(dvcId, july, Messages.VIETNAMESE).stream().filter(u -> u.code().equals("SO_GTVT")).findFirst()
                .orElseThrow().id();
        var trend = trends.trend(dvcId, july, 5, List.of(gtvt), Messages.VIETNAMESE);
        assertThat(trend.periodLabels()).containsExactly("Tháng 3/2024", "Tháng 4/2024", "Tháng 5/2024",
                "Tháng 6/2024", "Tháng 7/2024");
        assertThat(trend.units().getFirst().values()).containsExactly(new BigDecimal("92.3000"), null, null, null,
                new BigDecimal("100.0000"));
        assertThat(trend.mean().values().get(3)).isNull();

        // July's change is still against March, not against the submitted June figure of 11 %
        SectionTable julyDvc = tables.tables(july, null, Messages.VIETNAMESE).section("DVC").orElseThrow();
        assertThat(CellText.change(cell(julyDvc, "SO_GTVT", DVC), Messages.VIETNAMESE)).isEqualTo("Tăng 7,7%");
    }

    @Test
    @WithUserDetails("leader")
    void onceApprovedTheFigureAppears() {
        fixtures.setStatus(submitted, ReportStatus.APPROVED);
        long june = period(tables, "2024-06").id();
        SectionTable dvc = tables.tables(june, null, Messages.VIETNAMESE).section("DVC").orElseThrow();
        assertThat(cell(dvc, "SO_GTVT", DVC).value()).isEqualByComparingTo("11");
        assertThat(cell(dvc, "SO_KHDT", DVC).state()).isEqualTo(Cell.State.NOT_APPROVED);
        assertThat(dvc.totals().getFirst().cells().get(column(dvc, DVC)).contributing()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("reporter")
    void reportersCannotOpenTheDashboards() {
        assertThatThrownBy(() -> tables.periods()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> tables.tables(1, null, Messages.VIETNAMESE)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> composite.composite(1, null, Messages.VIETNAMESE)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> trends.trend(1, 1, 1, List.of(), Messages.VIETNAMESE)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails("leader")
    void leadersCannotChangeTheWeights() {
        assertThatThrownBy(() -> weights.weights(Messages.VIETNAMESE)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> weights.save(1, BigDecimal.ONE, null, Messages.VIETNAMESE))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
