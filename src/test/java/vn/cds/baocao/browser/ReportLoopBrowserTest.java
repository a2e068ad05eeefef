package vn.cds.baocao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.FieldInput;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.DemoAccounts;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;

/**
 * The whole loop in headless Chromium with real logins: a reporter submits, a reviewer returns it with a reason,
 * the reporter sees the reason, corrects and resubmits, the reviewer approves.
 */
@CdsSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportLoopBrowserTest {

    private static final String UNIT = "UBND_PHUOC_LONG";
    private static final String REPORTER = "dv.ubnd_phuoc_long";

    @LocalServerPort
    int port;
    @Autowired
    ReportFixture fixture;
    @Autowired
    ReportWorkflowService workflow;
    @Autowired
    SignIn signIn;
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
    void submitReturnCorrectResubmitApprove() {
        ReportingPeriod period = fixture.freePeriod(UNIT);
        // The unit's draft already holds most figures (typed earlier); the reporter finishes it in the browser.
        Map<Long, FieldInput> values = new java.util.HashMap<>(fixture.validInputs(UNIT, period));
        long meetings = fixture.indicator(UNIT, period, "ecabinet_meetings_month").getId();
        // 0 → 1.517 meetings is a swing past the floor (issue 11's rule warns from 0 once the floor is passed):
        // the draft already holds the reporter's explanation, the figure itself is typed in the browser
        values.put(meetings, new FieldInput("", "Họp không giấy triển khai cho toàn bộ các xã trong kỳ"));
        signIn.as(REPORTER);
        long reportId = workflow.saveDraft(period.getId(), -1, values).reportId();
        signIn.out();

        browser.login(REPORTER, DemoAccounts.PASSWORD);
        browser.open("bao-cao-don-vi/ky/" + period.getId());
        browser.waitForText("Báo cáo " + period.getLabel());
        WebElement meetingsField = field("ecabinet_meetings_month");
        meetingsField.sendKeys("1.517", Keys.TAB);
        browser.waitForValue(meetingsField, "1.517");
        browser.click(By.id("submit-report"));
        browser.waitFor(By.cssSelector("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog"));
        browser.clickButtonWithText("Nộp báo cáo", true);
        browser.waitForText("Đã nộp báo cáo");
        assertThat(status(reportId)).isEqualTo(ReportStatus.SUBMITTED);
        browser.logout();

        browser.login(DemoAccounts.REVIEWER, DemoAccounts.PASSWORD);
        browser.open("duyet-bao-cao/bao-cao/" + reportId);
        browser.waitForText("1.517");
        browser.click(By.id("return-report"));
        WebElement reason = browser.waitFor(By.cssSelector("#review-reason textarea"));
        reason.sendKeys("Số cuộc họp không giấy trong kỳ quá lớn, đề nghị kiểm tra lại");
        browser.click(By.id("confirm-reason"));
        browser.waitForText("Đã trả lại báo cáo cho đơn vị");
        assertThat(status(reportId)).isEqualTo(ReportStatus.RETURNED);
        browser.logout();

        browser.login(REPORTER, DemoAccounts.PASSWORD);
        browser.open("bao-cao-don-vi/ky/" + period.getId());
        browser.waitForText("Số cuộc họp không giấy trong kỳ quá lớn, đề nghị kiểm tra lại");
        WebElement corrected = field("ecabinet_meetings_month");
        corrected.sendKeys(Keys.chord(Keys.CONTROL, "a"), "15", Keys.TAB);
        browser.waitForValue(corrected, "15");
        browser.click(By.id("submit-report"));
        browser.clickButtonWithText("Nộp báo cáo", true);
        browser.waitForText("Đã nộp báo cáo");
        browser.logout();

        browser.login(DemoAccounts.REVIEWER, DemoAccounts.PASSWORD);
        browser.open("duyet-bao-cao/bao-cao/" + reportId);
        // the month and the running total computed from it
        browser.waitForText("Có 2 giá trị thay đổi so với lần thẩm định trước");
        assertThat(browser.bodyText()).contains("Trước: 1.517");
        browser.click(By.id("approve-report"));
        browser.clickButtonWithText("Phê duyệt", true);
        browser.waitForText("Đã phê duyệt báo cáo");
        assertThat(status(reportId)).isEqualTo(ReportStatus.APPROVED);
        browser.logout();
    }

    @Test
    void aReporterCannotReachAnotherUnitsReportByItsAddress() {
        // a period that asks both units (the reporter's district ended on 30/6/2025)
        ReportingPeriod period = fixture.freePeriod("SO_NGOAI_VU", UNIT);
        signIn.as("dv.so_ngoai_vu");
        long othersReport = workflow.saveDraft(period.getId(), -1,
                Map.of(fixture.indicator("SO_NGOAI_VU", period, "official_email_pct").getId(), FieldInput.of("97"))).reportId();
        signIn.out();

        browser.login(REPORTER, DemoAccounts.PASSWORD);
        browser.open("duyet-bao-cao/bao-cao/" + othersReport);
        browser.waitForText("Không có quyền truy cập");
        assertThat(browser.bodyText()).doesNotContain("Sở Ngoại vụ");
        // the same period's form is always the signed-in reporter's own unit's
        browser.open("bao-cao-don-vi/ky/" + period.getId());
        browser.waitForText("Đơn vị: UBND thị xã Phước Long");
        assertThat(browser.bodyText()).doesNotContain("Sở Ngoại vụ");
        browser.logout();
    }

    private WebElement field(String indicatorCode) {
        return browser.waitFor(By.cssSelector("[data-indicator='" + indicatorCode + "'] vaadin-text-field input"));
    }

    private ReportStatus status(long reportId) {
        return reports.findById(reportId).orElseThrow().getStatus();
    }
}
