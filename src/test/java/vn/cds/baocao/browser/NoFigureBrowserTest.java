package vn.cds.baocao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.NoFigure;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.FieldInput;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.DemoAccounts;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;

/**
 * "Không có số liệu" in headless Chromium: the reporter marks a field with a reason instead of a figure and
 * submits, the reviewer sees the mark and the reason and approves, the leader's table shows the words for the
 * unit, not 0.
 */
@CdsSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoFigureBrowserTest {

    private static final String UNIT = "VP_UBND_TINH";
    private static final String REPORTER = "dv.vp_ubnd_tinh";
    private static final String FIELD = "antimalware_installs";
    private static final String REASON = "Phần mềm quản lý chưa thống kê được trong kỳ";

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
    @Autowired
    TransactionTemplate transactions;

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
    void aReporterMarksNoFigureTheReviewerSeesItAndTheTableSaysSo() {
        ReportingPeriod period = fixture.freePeriod(UNIT);
        Indicator antimalware = fixture.indicator(UNIT, period, FIELD);
        Map<Long, FieldInput> values = new HashMap<>(fixture.validInputs(UNIT, period));
        values.remove(antimalware.getId());
        signIn.as(REPORTER);
        long reportId = workflow.saveDraft(period.getId(), -1, values).reportId();
        signIn.out();

        browser.login(REPORTER, DemoAccounts.PASSWORD);
        browser.open("bao-cao-don-vi/ky/" + period.getId());
        browser.waitForText("Báo cáo " + period.getLabel());
        browser.click(By.cssSelector("[data-indicator='" + FIELD + "'] vaadin-select"));
        clickSelectItem("Không có số liệu");
        WebElement number = browser.waitFor(By.cssSelector("[data-indicator='" + FIELD + "'] vaadin-text-field"));
        browser.waiting().until(d -> number.getAttribute("disabled") != null);
        WebElement reason = browser.waitFor(By.cssSelector(
                "[data-indicator='" + FIELD + "'] vaadin-text-field.report-field-no-figure-reason input"));
        reason.sendKeys(REASON, Keys.TAB);
        browser.click(By.id("submit-report"));
        browser.waitFor(By.cssSelector("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog"));
        browser.clickButtonWithText("Nộp báo cáo", true);
        browser.waitForText("Đã nộp báo cáo");
        assertThat(status(reportId)).isEqualTo(ReportStatus.SUBMITTED);
        transactions.executeWithoutResult(t -> {
            var stored = reports.findById(reportId).orElseThrow().valueOf(antimalware).orElseThrow();
            assertThat(stored.getNoFigure()).isEqualTo(NoFigure.NOT_AVAILABLE);
            assertThat(stored.getNumericValue()).isNull();
        });
        browser.logout();

        browser.login(DemoAccounts.REVIEWER, DemoAccounts.PASSWORD);
        browser.open("duyet-bao-cao/bao-cao/" + reportId);
        browser.waitForText("Không có số liệu (" + REASON + ")");
        browser.click(By.id("approve-report"));
        browser.clickButtonWithText("Phê duyệt", true);
        browser.waitForText("Đã phê duyệt báo cáo");
        assertThat(status(reportId)).isEqualTo(ReportStatus.APPROVED);
        browser.logout();

        browser.login(DemoAccounts.LEADER, DemoAccounts.PASSWORD);
        // the unit's type only: a table of every unit scrolls, and rows out of sight are not in the page
        browser.open("tong-quan?ky=" + period.yearMonth() + "&loai=" + fixture.unit(UNIT).getType().getCode());
        browser.scrollTo(By.id("bang-apps"));
        browser.waitFor(By.cssSelector("#bang-apps vaadin-grid"));
        String unitName = fixture.unit(UNIT).getShortName();
        try {
            browser.waiting().until(d -> cellTexts("bang-apps").contains("Không có số liệu"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no 'Không có số liệu' in the table: " + cellTexts("bang-apps"), e);
        }
        String row = rowTexts("bang-apps", unitName);
        assertThat(row).as("the unit's row: " + cellTexts("bang-apps")).contains(unitName, "Không có số liệu");
        assertThat(row.split("\\|")).doesNotContain("0");
        browser.logout();
    }

    private void clickSelectItem(String text) {
        browser.waiting().until(d -> {
            for (WebElement item : d.findElements(By.xpath("//vaadin-select-item[normalize-space(.)='" + text + "']"))) {
                if (item.isDisplayed()) {
                    ((JavascriptExecutor) d).executeScript("arguments[0].click();", item);
                    return true;
                }
            }
            return false;
        });
    }

    /** Every cell text of the table's grid, "|"-separated. */
    private String cellTexts(String blockId) {
        Object texts = ((JavascriptExecutor) browser.driver()).executeScript(
                "const grid = document.querySelector('#' + arguments[0] + ' vaadin-grid');"
                        + "return grid ? Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))"
                        + ".map(c => c.textContent.trim()).join('|') : '(no grid)';", blockId);
        return texts == null ? "" : texts.toString();
    }

    /** The texts of the grid row whose cell holds the unit's name, "|"-separated; empty while not rendered. */
    private String rowTexts(String blockId, String unitName) {
        Object texts = ((JavascriptExecutor) browser.driver()).executeScript("""
                const grid = document.querySelector('#' + arguments[0] + ' vaadin-grid');
                if (!grid) { return ''; }
                const unit = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.includes(arguments[1]));
                if (!unit || !unit.assignedSlot) { return ''; }
                const row = unit.assignedSlot.closest('tr') || unit.assignedSlot.parentElement.parentElement;
                return [...row.querySelectorAll('slot')]
                    .map(s => (s.assignedElements()[0] || {textContent: ''}).textContent.trim()).join('|');
                """, blockId, unitName);
        return texts == null ? "" : texts.toString();
    }

    private ReportStatus status(long reportId) {
        return reports.findById(reportId).orElseThrow().getStatus();
    }
}
