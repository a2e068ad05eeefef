package vn.cds.baocao.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.analytics.service.RankingService.IndicatorChoice;
import vn.cds.baocao.analytics.service.LeaderHome;
import vn.cds.baocao.analytics.service.LeaderHome.KeyFigure;
import vn.cds.baocao.analytics.service.LeaderHomeService;
import vn.cds.baocao.analytics.ui.PeriodOverviewView;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.bulletin.BulletinAccounts;
import vn.cds.baocao.bulletin.service.BulletinComposer;
import vn.cds.baocao.bulletin.service.BulletinWorkflow;
import vn.cds.baocao.indicator.service.Change;
import vn.cds.baocao.indicator.service.Verdict;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.report.ui.ReportFormView;
import vn.cds.baocao.shell.ui.HomeView;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.DemoAccounts;
import vn.cds.baocao.support.SignIn;
import vn.cds.baocao.support.TestClock;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Each role's home page without a browser: its card, its figures, its links; no card of another role. */
@CdsSpringTest
class HomeViewTest extends SpringBrowserlessTest {

    private static final List<String> CARDS = List.of("home-leader", "home-reviewer", "home-reporter", "home-admin");

    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    TestClock clock;
    @Autowired
    LeaderHomeService leaders;
    @Autowired
    SignIn signIn;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    BulletinAccounts accounts;
    @Autowired
    BulletinComposer composer;
    @Autowired
    BulletinWorkflow workflow;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @WithUserDetails("leader")
    void theLeaderSeesTheLatestKeyFiguresAgainstTargetsAndTheirChanges() {
        LeaderHome expected = leaders.home(Messages.VIETNAMESE).orElseThrow();
        navigate(HomeView.class);
        assertThat(cards()).containsExactly("home-leader");
        assertThat(text("home-leader")).contains("Số liệu chính " + expected.period().label(),
                expected.period().approvedReports() + "/" + expected.period().expectedUnits() + " báo cáo đã duyệt");
        assertThat(expected.figures()).isNotEmpty();
        for (KeyFigure figure : expected.figures()) {
            String row = text("home-figure-" + figure.column().code());
            assertThat(row).contains(figure.column().header(), figure.valueText(),
                    Change.text(figure.change(), Messages.VIETNAMESE));
            if (figure.verdict() != Verdict.NONE) {
                assertThat(row).contains(figure.verdict() == Verdict.MET ? "Đạt" : "Không đạt");
            }
            assertThat(path(link("home-figure-" + figure.column().code()))).isEqualTo("tong-quan");
            assertThat(parameters(link("home-figure-" + figure.column().code()))).isEqualTo(Map.of(
                    "ky", expected.period().key(), "tab", "xep-hang", "chi-so", figure.column().code()));
        }
        assertThat(parameters($(RouterLink.class).id("home-open-tables")))
                .isEqualTo(Map.of("ky", expected.period().key(), "tab", "bang-so-lieu"));
        if (expected.period().month().equals(YearMonth.of(2024, 7))) {
            // the demo data alone (other tests of the suite may approve a later period first)
            assertThat(text("home-figure-dvc_online_rate_pct")).contains("96%", "Chỉ tiêu ≥ 80%", "Đạt", "Tăng 2%");
            assertThat(text("home-figure-ecabinet_meetings_month")).contains("80", "Giảm 42,4%")
                    .doesNotContain("Đạt", "Chỉ tiêu");
            assertThat(text("home-figure-nvtc_amount_month")).contains("14.366.144.558");
            assertThat(text("home-top")).contains("1. Sở Ngoại vụ (99,7 điểm)", "3. Sở GD&ĐT");
            assertThat(text("home-bottom")).contains("33. UBND H.Phú Riềng (51 điểm)");
        }
    }

    @Test
    @WithUserDetails("leader")
    void aKeyFiguresLinkOpensItsRankingOnTheDashboard() {
        LeaderHome expected = leaders.home(Messages.VIETNAMESE).orElseThrow();
        String code = expected.figures().stream().map(f -> f.column().code())
                .filter(c -> !c.equals("dvc_online_rate_pct")).findFirst().orElseThrow();
        navigate(HomeView.class);
        RouterLink link = link("home-figure-" + code);
        UI.getCurrent().navigate(path(link), QueryParameters.fromString(link.getHref().substring(
                link.getHref().indexOf('?') + 1)));
        assertThat(getCurrentView()).isInstanceOf(PeriodOverviewView.class);
        @SuppressWarnings("unchecked")
        ComboBox<IndicatorChoice> indicator = $(ComboBox.class).id("ranking-indicator");
        assertThat(indicator.getValue().code()).as("not the first indicator, the linked one").isEqualTo(code);
    }

    @Test
    @WithUserDetails("reviewer")
    void theReviewerSeesWhatWaitsAndWhoIsLate() {
        // 27/11/2026 on the province's rhythm: Tháng 10/2026 is two days past its deadline (25/11)
        clock.set(LocalDate.of(2026, 11, 27).atTime(9, 0));
        navigate(HomeView.class);
        assertThat(cards()).containsExactly("home-reviewer");
        ReportingPeriod october = periods.findByYearAndMonth(2026, 10).orElseThrow();
        assertThat(text("home-reviewer")).contains("báo cáo chờ duyệt", "Tháng 11/2026 · hạn nộp");
        assertThat(text("home-review-2026-10")).contains(
                "Tháng 10/2026 · hạn nộp " + VnFormat.date(october.getDeadline()), "Chờ duyệt:", "Bị trả lại:",
                "Đã duyệt:", "Chưa nộp:", "Đơn vị quá hạn chưa nộp",
                "(quá hạn " + ChronoUnit.DAYS.between(october.getDeadline(), LocalDate.of(2026, 11, 27)) + " ngày)");
        assertThat($(RouterLink.class).id("home-review-queue").getHref()).isEqualTo("duyet-bao-cao");
        assertThat($(RouterLink.class).id("home-completeness").getHref()).isEqualTo("tinh-hinh-nop");
    }

    @Test
    @WithUserDetails("reporter")
    void theReporterOfAnEndedUnitIsToldWhyNoPeriodAsksIt() {
        navigate(HomeView.class);
        assertThat(text("home-reporter")).contains("UBND thành phố Đồng Xoài đã kết thúc hoạt động ngày 30/06/2025",
                "Xem tất cả các kỳ");
    }

    @Test
    @WithUserDetails("dv.so_khcn")
    void theReporterSeesTheDeadlineAndStatusAndOpensTheForm() {
        clock.reset();
        navigate(HomeView.class);
        assertThat(cards()).containsExactly("home-reporter");
        ReportingPeriod november = periods.findByYearAndMonth(2026, 11).orElseThrow();
        // the demo's "reporter" belongs to UBND TP. Đồng Xoài, a district that ended on 30/6/2025: no 2026 period asks it
        assertThat(text("home-reporter")).contains("Báo cáo của Sở Khoa học và Công nghệ");
        String period = text("home-period-2026-11");
        assertThat(period).contains("Tháng 11/2026", "Số liệu từ " + VnFormat.date(november.getDataFrom()) + " đến "
                + VnFormat.date(november.getDataTo()), "Hạn nộp " + VnFormat.date(november.getDeadline()));
        assertThat(period).containsAnyOf("Chưa lập", "Nháp", "Đã nộp", "Bị trả lại", "Đã duyệt");
        Button open = $(Button.class).from($(Div.class).id("home-period-2026-11")).first();
        test(open).click();
        assertThat(getCurrentView()).isInstanceOf(ReportFormView.class);
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorHasLinksToUsersUnitsAndPeriods() {
        navigate(HomeView.class);
        assertThat(cards()).containsExactly("home-admin");
        assertThat($(RouterLink.class).from($(Div.class).id("home-admin")).all()).extracting(RouterLink::getHref)
                .containsExactly("quan-tri/nguoi-dung", "quan-tri/don-vi", "quan-tri/ky-bao-cao");
    }

    @Test
    void aUserWithSeveralRolesSeesACardForEach() {
        String username = "test_home_leader_admin";
        transactions.executeWithoutResult(status -> {
            if (users.findByUsername(username).isEmpty()) {
                AppUser user = new AppUser(username, passwordEncoder.encode(DemoAccounts.PASSWORD),
                        "Người Hai Vai Trò", LocalDateTime.of(2024, 1, 1, 8, 0));
                user.setEmail(username + "@demo.cds.local");
                // not a reviewer: the notification tests mail every reviewer
                user.getRoles().addAll(List.of(Role.LEADER, Role.ADMIN));
                users.save(user);
            }
        });
        signIn.as(username);
        try {
            navigate(HomeView.class);
            assertThat(cards()).containsExactly("home-leader", "home-admin");
            assertThat(text("home-leader")).contains("Số liệu chính Tháng");
            assertThat(text("home-admin")).contains("Người dùng");
        } finally {
            signIn.out();
        }
    }

    private static String path(RouterLink link) {
        return link.getHref().substring(0, link.getHref().indexOf('?'));
    }

    private static Map<String, String> parameters(RouterLink link) {
        Map<String, String> parameters = new java.util.HashMap<>();
        QueryParameters.fromString(link.getHref().substring(link.getHref().indexOf('?') + 1)).getParameters()
                .forEach((name, values) -> parameters.put(name, String.join(",", values)));
        return parameters;
    }

    @Test
    void theBulletinCardIsForItsReadersAndTellsTheApproverWhatWaits() {
        accounts.ensure();
        signIn.as(DemoAccounts.LEADER);
        navigate(HomeView.class);
        assertThat($(Div.class).withId("home-bulletin").exists()).isTrue();
        assertThat(text("home-bulletin")).contains("Báo cáo chuyên đề", "Xem tất cả bản tin đã phát hành")
                .doesNotContain("Soạn báo cáo chuyên đề");

        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            signIn.as(DemoAccounts.REVIEWER);
            long id = composer.create(periods.findByYearAndMonth(2024, 7).orElseThrow().getId());
            workflow.submit(id, composer.draft(id).version());
            signIn.as(BulletinAccounts.PUBLISHER);
            navigate(HomeView.class);
            assertThat(cards()).isEmpty();
            assertThat(text("home-bulletin")).contains("1 bản tin chờ phê duyệt", "Soạn báo cáo chuyên đề");
        });

        signIn.as(DemoAccounts.REPORTER);
        navigate(HomeView.class);
        assertThat($(Div.class).withId("home-bulletin").exists()).isFalse();
        signIn.out();
    }

    private List<String> cards() {
        return CARDS.stream().filter(id -> $(Div.class).withId(id).exists()).toList();
    }

    private String text(String id) {
        return $(Div.class).id(id).getElement().getTextRecursively();
    }

    private RouterLink link(String figureId) {
        return $(RouterLink.class).from($(Div.class).id(figureId)).first();
    }
}
