package vn.cds.baocao.analytics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import vn.cds.baocao.analytics.service.CompositeRankingService.CompositeRow;
import vn.cds.baocao.analytics.service.LeaderHome.KeyFigure;
import vn.cds.baocao.analytics.service.LeaderHome.Place;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.service.Change;
import vn.cds.baocao.indicator.service.Verdict;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.SignIn;

/**
 * The leaders' home on the demo data: the approved seed periods are 9/2022, 3/2024 and 7/2024, so the home shows
 * Tháng 7/2024 compared with Tháng 3/2024 — until other tests of the suite approve reports of a later period, hence
 * the figures are checked on Tháng 7/2024 by its id.
 */
@CdsSpringTest
class LeaderHomeServiceTest {

    @Autowired
    LeaderHomeService homes;
    @Autowired
    CompositeRankingService composite;
    @Autowired
    PeriodTableService tables;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theHomeShowsTheLatestPeriodWithAnApprovedReport() {
        signIn.as("leader");
        LeaderHome home = homes.home(Messages.VIETNAMESE).orElseThrow();
        // Tháng 7/2024 on the demo data; later when other tests of the suite have approved reports of 2026
        assertThat(home.period()).isEqualTo(tables.latestWithApprovedReports().orElseThrow());
        assertThat(home.period().month()).isAfterOrEqualTo(YearMonth.of(2024, 7));
        assertThat(home.previous().month()).isBefore(home.period().month());
        assertThat(home.previous().approvedReports()).isPositive();
    }

    @Test
    void july2024IsComparedWithMarch() {
        signIn.as("leader");
        LeaderHome home = july();
        assertThat(home.period().label()).isEqualTo("Tháng 7/2024");
        assertThat(home.previous().label()).isEqualTo("Tháng 3/2024");
        assertThat(home.period().approvedReports()).isEqualTo(35);
    }

    @Test
    void theKeyFiguresAreTheSettingsIndicatorsWithTheTableTotalsAndVerdicts() {
        signIn.as("leader");
        LeaderHome home = july();
        assertThat(home.figures()).extracting(f -> f.column().code()).as("065's home_order, in that order; "
                        + "ecabinet_meetings_ytd ended in 2022 and is not in the period")
                .containsExactly("dvc_online_rate_pct", "dossier_online_rate_pct", "ecabinet_meetings_month",
                        "esigned_doc_pct", "nvtc_tx_month", "nvtc_amount_month");
        // the TỔNG row of the report's DVC table (96%, 78%, both ≥ the targets 80% and 50% of 2024: Đạt)
        KeyFigure dvc = figure(home, "dvc_online_rate_pct");
        assertThat(dvc.valueText()).isEqualTo("96%");
        assertThat(dvc.verdict()).isEqualTo(Verdict.MET);
        assertThat(dvc.column().targetText()).isEqualTo("≥ 80%");
        assertThat(dvc.sectionCode()).isEqualTo("DVC");
        assertThat(figure(home, "dossier_online_rate_pct").valueText()).isEqualTo("78%");
        assertThat(figure(home, "dossier_online_rate_pct").verdict()).isEqualTo(Verdict.MET);
        assertThat(figure(home, "ecabinet_meetings_month").verdict()).as("no target").isEqualTo(Verdict.NONE);
        assertThat(figure(home, "esigned_doc_pct").valueText()).isEqualTo("90,45%");
        assertThat(figure(home, "nvtc_amount_month").valueText()).isEqualTo("14.366.144.558");
        assertThat(home.figures()).allSatisfy(f -> assertThat(f.contributing()).isEqualTo(f.expected()));
    }

    @Test
    void eachKeyFigureSaysHowItChangedSinceTheEarlierApprovedPeriod() {
        signIn.as("leader");
        LeaderHome home = july();
        // rates in percentage points: DVC 94% → 96%, dossiers 56% → 78%
        assertThat(text(figure(home, "dvc_online_rate_pct"))).isEqualTo("Tăng 2%");
        assertThat(figure(home, "dvc_online_rate_pct").change().previous()).isEqualByComparingTo("94");
        assertThat(text(figure(home, "dossier_online_rate_pct"))).isEqualTo("Tăng 22%");
        // counts relatively: 139 → 80 meetings
        assertThat(text(figure(home, "ecabinet_meetings_month"))).isEqualTo("Giảm 42,4%");
        assertThat(figure(home, "ecabinet_meetings_month").change().comparedWith()).isEqualTo("Tháng 3/2024");
        assertThat(text(figure(home, "nvtc_tx_month"))).isEqualTo("Tăng 18,9%");
        assertThat(Change.text(figure(home, "esigned_doc_pct").change(), Messages.ENGLISH)).startsWith("Up");
    }

    @Test
    void theFirstAndLastThreePlacesAreThoseOfTheCompositeRanking() {
        signIn.as("leader");
        LeaderHome home = july();
        List<CompositeRow> ranked = composite.composite(home.period().id(), null, Messages.VIETNAMESE).rows()
                .stream().filter(r -> r.rank() != null).toList();
        assertThat(home.top()).extracting(p -> p.unit().code())
                .containsExactly("SO_NGOAI_VU", "SO_VHTTDL", "SO_GDDT");
        assertThat(home.top()).extracting(Place::rank).containsExactly(1, 2, 3);
        assertThat(home.bottom()).extracting(p -> p.unit().code())
                .containsExactly("UBND_CHON_THANH", "TT_XTDT_TMDL", "UBND_PHU_RIENG");
        assertThat(home.bottom().getLast().rank()).isEqualTo(ranked.getLast().rank());
        assertThat(home.bottom().getLast().score()).isEqualByComparingTo(ranked.getLast().score());
    }

    @Test
    void onlyLeadersReadIt() {
        for (String user : List.of("reviewer", "reporter", "admin")) {
            signIn.as(user);
            assertThatThrownBy(() -> homes.home(Messages.VIETNAMESE)).as(user)
                    .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
            assertThatThrownBy(() -> homes.home(1L, Messages.VIETNAMESE)).as(user)
                    .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        }
    }

    private LeaderHome july() {
        return homes.home(periods.findByYearAndMonth(2024, 7).orElseThrow().getId(), Messages.VIETNAMESE);
    }

    private static KeyFigure figure(LeaderHome home, String code) {
        return home.figures().stream().filter(f -> f.column().code().equals(code)).findFirst().orElseThrow();
    }

    private static String text(KeyFigure figure) {
        return Change.text(figure.change(), Messages.VIETNAMESE);
    }
}
