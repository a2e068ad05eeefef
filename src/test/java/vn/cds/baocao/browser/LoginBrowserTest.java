package vn.cds.baocao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.DemoAccounts;

/** Real logins in headless Chromium: each role sees its own Vietnamese menu; other roles' pages are refused. */
@CdsSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginBrowserTest {

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
    void eachRoleSignsInAndSeesOnlyItsMenu() {
        browser.login(DemoAccounts.REPORTER, DemoAccounts.PASSWORD);
        assertThat(browser.menuLabels()).containsExactly("Trang chủ", "Báo cáo của đơn vị", "Nhập số liệu từ Excel");
        browser.waitForText("UBND thành phố Đồng Xoài");
        browser.logout();

        browser.login(DemoAccounts.REVIEWER, DemoAccounts.PASSWORD);
        assertThat(browser.menuLabels()).containsExactly("Trang chủ", "Duyệt báo cáo", "Tình hình nộp báo cáo", "Tổng quan kỳ báo cáo",
                "Bản tin / Báo cáo chuyên đề", "Tải bảng số liệu", "Soạn báo cáo chuyên đề", "Nhập số liệu từ Excel");
        browser.logout();

        browser.login(DemoAccounts.LEADER, DemoAccounts.PASSWORD);
        assertThat(browser.menuLabels()).containsExactly("Trang chủ", "Tình hình nộp báo cáo", "Tổng quan kỳ báo cáo",
                "Bản tin / Báo cáo chuyên đề", "Tải bảng số liệu");
        browser.logout();

        browser.login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        assertThat(browser.menuLabels()).containsExactly("Trang chủ", "Người dùng", "Đơn vị", "Chỉ tiêu", "Trọng số xếp hạng", "Kỳ báo cáo",
                "Thiết lập chung", "Khóa truy cập API", "Nhật ký quản trị");
        browser.open("quan-tri/don-vi");
        browser.waitForText("Sở Giáo dục và Đào tạo");
        browser.logout();
    }

    @Test
    void aReporterOpeningAnAdminAddressIsToldAccessIsDenied() {
        browser.login("dv.so_gddt", DemoAccounts.PASSWORD);
        browser.open("quan-tri/nguoi-dung");
        browser.waitForText("Không có quyền truy cập");
        assertThat(browser.bodyText()).doesNotContain("Tên đăng nhập\nHọ và tên");
        browser.open("duyet-bao-cao");
        browser.waitForText("Không có quyền truy cập");
        browser.logout();
    }

    @Test
    void aWrongPasswordShowsAVietnameseMessage() {
        browser.submitLogin("dv.so_tu_phap", "mat-khau-sai");
        browser.waitForText("Tên đăng nhập hoặc mật khẩu không đúng");
        assertThat(browser.currentPath()).startsWith("/login");
    }
}
