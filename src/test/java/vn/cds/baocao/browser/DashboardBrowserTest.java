package vn.cds.baocao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.DemoAccounts;

/** A leader opens Tháng 7/2024 in headless Chromium: the DVC grid with its TỔNG row, then a rendered chart. */
@CdsSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

    @LocalServerPort
    int port;

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
    void theLeaderSeesTheDvcTotalsAndARenderedChart() throws IOException {
        browser.login(DemoAccounts.LEADER, DemoAccounts.PASSWORD);
        browser.open("tong-quan?ky=2024-07");
        browser.waitFor(By.id("bang-dvc"));
        browser.waitForText("Tháng 7/2024");
        String dvc = footerText("bang-dvc");
        assertThat(dvc).contains("TỔNG", "96%", "78%", "Đạt");
        assertThat(browser.bodyText()).contains("Từ bảng trên cho thấy:", "So với Tháng 3/2024");
        screenshot("dashboard-tables");

        browser.open("tong-quan?ky=2024-07&tab=xep-hang");
        browser.waitFor(By.cssSelector("cds-chart#ranking-chart[data-rendered='true']"));
        Object bars = ((JavascriptExecutor) browser.driver()).executeScript(
                "const c = document.querySelector('cds-chart#ranking-chart');"
                        + "return c.chart ? c.querySelectorAll('svg path').length : 0;");
        assertThat(((Number) bars).intValue()).isGreaterThan(20);
        String axis = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelector('cds-chart#ranking-chart svg').textContent;");
        // Vietnamese figures in the chart: "100%" labels and the target line "Chỉ tiêu ≥ 80%"
        assertThat(axis).contains("100%", "Chỉ tiêu ≥ 80%");
        screenshot("dashboard-ranking");
        browser.logout();
    }

    private String footerText(String sectionId) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "const grid = document.querySelector('#" + sectionId + " vaadin-grid');"
                        + "return Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))"
                        + ".map(c => c.textContent).join(' | ');");
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"),
                ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }

}
