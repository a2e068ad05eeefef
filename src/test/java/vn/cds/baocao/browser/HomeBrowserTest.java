package vn.cds.baocao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cds.baocao.analytics.service.LeaderHome;
import vn.cds.baocao.analytics.service.LeaderHome.KeyFigure;
import vn.cds.baocao.analytics.service.LeaderHomeService;
import vn.cds.baocao.analytics.service.RankingService;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.SignIn;
import vn.cds.baocao.support.TestClock;
import vn.cds.baocao.support.DemoAccounts;

/** Each role's home page in headless Chromium: its card, one link, and a phone's width without sideways scrolling. */
@CdsSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomeBrowserTest {

    private static final Dimension DESKTOP = new Dimension(1366, 900);
    private static final Dimension PHONE = new Dimension(390, 844);

    @LocalServerPort
    int port;
    @Autowired
    LeaderHomeService leaders;
    @Autowired
    RankingService rankings;
    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;

    private Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void desktopAgain() {
        browser.driver().manage().window().setSize(DESKTOP);
        clock.reset();
    }

    @Test
    void theLeaderSeesTheKeyFiguresAndOpensARanking() throws IOException {
        signIn.as(DemoAccounts.LEADER);
        LeaderHome expected = leaders.home(Messages.VIETNAMESE).orElseThrow();
        // a figure whose ranking has a bar to draw: other tests of the suite may approve a later period first, and
        // an indicator nobody of it reported is listed without a chart ("analytics.ranking.noneRanked")
        KeyFigure figure = expected.figures().stream()
                .filter(f -> !f.column().code().equals("dvc_online_rate_pct"))
                .filter(f -> !rankings.ranking(expected.period().id(), f.column().indicatorId(), null,
                        Messages.VIETNAMESE).ranked().isEmpty())
                .findFirst().orElseThrow();
        signIn.out();
        browser.login(DemoAccounts.LEADER, DemoAccounts.PASSWORD);
        browser.waitFor(By.id("home-leader"));
        String card = browser.driver().findElement(By.id("home-leader")).getText();
        assertThat(card).contains("Số liệu chính " + expected.period().label(),
                expected.figures().getFirst().valueText(), expected.figures().getFirst().column().header());
        if (expected.period().month().equals(YearMonth.of(2024, 7))) {
            // the demo data alone (other tests of the suite may approve a later period first)
            assertThat(card).contains("96%", "78%", "Đạt", "Chỉ tiêu ≥ 80%", "Tăng 22%", "Sở Ngoại vụ",
                    "UBND H.Phú Riềng");
        }
        screenshot("home-leader");

        phone();
        screenshot("home-leader-phone");
        assertNoSidewaysScroll();
        browser.driver().manage().window().setSize(DESKTOP);

        browser.click(By.cssSelector("#home-figure-" + figure.column().code() + " a"));
        browser.waitFor(By.cssSelector("cds-chart#ranking-chart[data-rendered='true']"));
        assertThat(browser.currentPath()).startsWith("/tong-quan?")
                .contains("ky=" + expected.period().key(), "tab=xep-hang", "chi-so=" + figure.column().code());
        browser.waiting().until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                "return document.querySelector('#ranking-indicator input').value;"))
                .startsWith(figure.column().name()));
        browser.logout();
    }

    @Test
    void theReviewerSeesTheWaitingReportsAndTheLateUnitsAndOpensTheBoard() throws IOException {
        // 27/11/2026 on the province's rhythm: Tháng 10/2026 is two days past its deadline, Tháng 11/2026 has begun
        clock.set(java.time.LocalDateTime.of(2026, 11, 27, 9, 0));
        browser.login(DemoAccounts.REVIEWER, DemoAccounts.PASSWORD);
        browser.waitFor(By.id("home-reviewer"));
        String card = browser.driver().findElement(By.id("home-reviewer")).getText();
        assertThat(card).contains("báo cáo chờ duyệt", "Tháng 11/2026 · hạn nộp", "Tháng 10/2026 · hạn nộp", "Chưa nộp:",
                "Đơn vị quá hạn chưa nộp");
        phone();
        screenshot("home-reviewer-phone");
        assertNoSidewaysScroll();
        browser.driver().manage().window().setSize(DESKTOP);

        browser.click(By.id("home-completeness"));
        browser.waiting().until(d -> browser.currentPath().startsWith("/tinh-hinh-nop"));
        browser.logout();
    }

    @Test
    void theReporterSeesThisMonthsDeadlineAndOpensTheForm() throws IOException {
        // a unit of today's province (the demo's "reporter" belongs to a district, which ended on 30/6/2025)
        browser.login("dv.so_khcn", DemoAccounts.PASSWORD);
        browser.waitFor(By.id("home-period-2026-11"));
        String period = browser.driver().findElement(By.id("home-period-2026-11")).getText();
        assertThat(period).contains("Tháng 11/2026", "Hạn nộp ");
        assertThat(period).containsAnyOf("Còn ", "Quá hạn", "Nộp đúng hạn", "Nộp muộn");
        phone();
        screenshot("home-reporter-phone");
        assertNoSidewaysScroll();
        browser.driver().manage().window().setSize(DESKTOP);

        browser.click(By.cssSelector("#home-period-2026-11 vaadin-button"));
        browser.waiting().until(d -> browser.currentPath().startsWith("/bao-cao-don-vi/ky/"));
        browser.waitFor(By.className("report-field"));
        browser.logout();
    }

    private void phone() {
        browser.driver().manage().window().setSize(PHONE);
        browser.driver().navigate().refresh();
        browser.waitFor(By.id("home-cards"));
        browser.waiting().until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return window.innerWidth;")).intValue() <= PHONE.getWidth());
    }

    /** At 390 px the page does not scroll sideways and every card fits the window. */
    @SuppressWarnings("unchecked")
    private void assertNoSidewaysScroll() {
        Map<String, Object> sizes = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "const e = document.scrollingElement;"
                        + "const cards = Array.from(document.querySelectorAll('.cds-home-card'));"
                        + "return {scroll: e.scrollWidth, client: e.clientWidth, window: window.innerWidth,"
                        + " right: Math.max(...cards.map(c => c.getBoundingClientRect().right)),"
                        + " wide: Math.max(...cards.map(c => c.scrollWidth - c.clientWidth))};");
        long client = ((Number) sizes.get("client")).longValue();
        assertThat(((Number) sizes.get("scroll")).longValue()).as("page width at " + sizes).isLessThanOrEqualTo(client);
        assertThat(((Number) sizes.get("right")).doubleValue()).as("cards inside the window " + sizes)
                .isLessThanOrEqualTo(((Number) sizes.get("window")).doubleValue());
        assertThat(((Number) sizes.get("wide")).longValue()).as("no card content wider than its card").isLessThanOrEqualTo(0);
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"),
                ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }
}
