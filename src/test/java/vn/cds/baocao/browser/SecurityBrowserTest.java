package vn.cds.baocao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.LoginThrottle;
import vn.cds.baocao.security.service.UserAdminService;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.DemoAccounts;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;
import vn.cds.baocao.support.TestClock;

/**
 * The security measures of issue 9 seen in headless Chromium: one login message for every failure, an open tab
 * that ends when its account is disabled, and pages (with the ECharts chart) that work under the
 * Content-Security-Policy.
 */
@CdsSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityBrowserTest {

    private static final String ONE_MESSAGE = "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị tạm khóa"
            + " hay đã ngừng sử dụng. Vui lòng kiểm tra và thử lại; nếu vẫn không được, hãy liên hệ quản trị viên.";

    @LocalServerPort
    int port;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    ReportFixture fixture;
    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;
    @Autowired
    LoginThrottle throttle;

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
    void signOut() {
        signIn.out();
        throttle.clear(); // the failed logins of this browser (127.0.0.1) do not count for the next tests
    }

    @Test
    void everyFailedLoginShowsTheSameMessage() {
        account("trinh.duyet.vohieu", false, null);
        account("trinh.duyet.khoa", true, LocalDateTime.now(clock).plusMinutes(15));
        account("trinh.duyet.thuong", true, null);
        String[][] attempts = {
            {"khong.co.tai.khoan.nay", DemoAccounts.PASSWORD},
            {"trinh.duyet.thuong", "mat-khau-sai"},
            {"trinh.duyet.vohieu", DemoAccounts.PASSWORD},
            {"trinh.duyet.khoa", DemoAccounts.PASSWORD},
        };
        for (String[] attempt : attempts) {
            browser.submitLogin(attempt[0], attempt[1]);
            browser.waitForText(ONE_MESSAGE);
            assertThat(browser.bodyText()).as(attempt[0])
                    .doesNotContain("Tài khoản đã bị vô hiệu hóa", "Tài khoản tạm thời bị khóa", "không tồn tại");
            assertThat(browser.currentPath()).isEqualTo("/login?error");
        }
    }

    @Test
    void anOpenTabEndsWhenTheAdministratorDisablesTheAccount() {
        String reporter = fixture.newUnitWithReporter("TEST_BROWSER_DISABLE", "DEPARTMENT", null);
        browser.login(reporter, DemoAccounts.PASSWORD);
        browser.open("bao-cao-don-vi");
        browser.waitForText("Đơn vị thử nghiệm TEST_BROWSER_DISABLE");

        signIn.as(DemoAccounts.ADMIN);
        userAdmin.setEnabled(users.findByUsername(reporter).orElseThrow().getId(), false);

        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Trang chủ']"));
        browser.waitFor(By.tagName("vaadin-login-form"));
        assertThat(browser.currentPath()).startsWith("/login");
    }

    @Test
    void pagesAndTheChartWorkUnderTheContentSecurityPolicy() {
        browser.consoleErrors();
        browser.login(DemoAccounts.LEADER, DemoAccounts.PASSWORD);
        browser.open("tong-quan?ky=2024-07&tab=xep-hang");
        browser.waitFor(By.cssSelector("cds-chart#ranking-chart[data-rendered='true']"));
        assertThat(browser.consoleErrors()).noneMatch(message -> message.contains("Content Security Policy"));

        // and the policy is in force: a script from another site is refused (and the refusal is seen above)
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "const s = document.createElement('script'); s.src = 'https://cdn.example.org/x.js';"
                        + "document.head.appendChild(s);");
        browser.waiting().until(d -> browser.consoleErrors().stream()
                .anyMatch(message -> message.contains("Content Security Policy")));
        browser.logout();
    }

    private void account(String username, boolean enabled, LocalDateTime lockedUntil) {
        AppUser user = users.findByUsername(username).orElseGet(() -> {
            AppUser created = new AppUser(username, encoder.encode(DemoAccounts.PASSWORD), "Thử Trình Duyệt",
                    LocalDateTime.now(clock));
            created.getRoles().add(Role.LEADER);
            return created;
        });
        user.setEnabled(enabled);
        user.setLockedUntil(lockedUntil);
        users.save(user);
    }
}
