package vn.cds.baocao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.notification.domain.NotificationRepository;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportAction;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.domain.event.ReportTransitioned;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.DemoAccounts;
import vn.cds.baocao.support.TestClock;

/** The bell in real Chromium: a returned report shows up in the header, opens in the panel, and is marked read. */
@CdsSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationBrowserTest {

    private static final String USER = "dv.ubnd_chon_thanh";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    AppUserRepository users;
    @Autowired
    UnitRepository units;
    @Autowired
    ReportRepository reports;

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

    @Test
    void aReturnedReportRingsTheBellAndIsReadFromItsPanel() throws Exception {
        long userId = users.findByUsername(USER).orElseThrow().getId();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(status -> notifications.markAllRead(userId, TestClock.DEFAULT_NOW));
        Unit unit = units.findByCode("UBND_CHON_THANH").orElseThrow();
        Report report = reports.findByUnit(unit).getFirst();
        transaction.executeWithoutResult(status -> publisher.publishEvent(
                new ReportTransitioned(report.getId(), unit.getId(), report.getPeriod().getId(), ReportAction.RETURN,
                        ReportStatus.SUBMITTED, ReportStatus.RETURNED, "reviewer",
                        "Số hồ sơ trực tuyến toàn trình chưa khớp với Cổng dịch vụ công.", TestClock.DEFAULT_NOW)));

        browser.login(USER, DemoAccounts.PASSWORD);
        assertThat(browser.waitFor(By.id("notification-count")).getText()).isEqualTo("1");

        // while the page is open, the page's timer asks the server for the count (here: one tick, by hand)
        transaction.executeWithoutResult(status -> publisher.publishEvent(
                new ReportTransitioned(report.getId(), unit.getId(), report.getPeriod().getId(),
                        ReportAction.APPROVE, ReportStatus.SUBMITTED, ReportStatus.APPROVED, "reviewer", null,
                        TestClock.DEFAULT_NOW)));
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        WebElement bellBox = browser.waitFor(By.className("cds-notification-bell"));
        assertThat(page.executeScript("return arguments[0].cdsPollTimer != null", bellBox)).isEqualTo(true);
        page.executeScript("arguments[0].$server.poll()", bellBox);
        browser.waiting().until(d -> "2".equals(d.findElement(By.id("notification-count")).getText()));

        browser.waitFor(By.id("notification-bell")).click();
        browser.waitForText("Báo cáo bị trả lại");
        browser.waitForText("Báo cáo đã được phê duyệt");
        browser.waitForText("Lý do: Số hồ sơ trực tuyến toàn trình chưa khớp với Cổng dịch vụ công.");
        screenshot("notification-bell.png");

        browser.waitFor(By.id("notification-mark-all")).click();
        browser.waiting().until(d -> !d.findElement(By.id("notification-count")).isDisplayed());
        assertThat(notifications.countByRecipientIdAndReadAtIsNull(userId)).isZero();

        browser.waitFor(By.id("notification-show-all")).click();
        browser.waitForText("Thông báo của tôi");
        browser.waitForText("Đã đọc");
        screenshot("notifications-page.png");
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }
}
