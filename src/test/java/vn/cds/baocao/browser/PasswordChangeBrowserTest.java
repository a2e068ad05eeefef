package vn.cds.baocao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.support.CdsSpringTest;

/** In a real browser: a user whose password an administrator set lands on "Đổi mật khẩu" and must change it. */
@CdsSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordChangeBrowserTest {

    private static final String USERNAME = "lanh.dao.moi";
    private static final String TEMPORARY = "Cap-boi-quan-tri-9Qz";
    private static final String CHOSEN = "Chon-rieng-Phuoc-Long-2026";

    @LocalServerPort
    int port;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder encoder;

    private Browser browser;

    @BeforeAll
    void setUp() {
        AppUser user = users.findByUsername(USERNAME).orElseGet(() -> {
            AppUser created = new AppUser(USERNAME, "x", "Lãnh Đạo Mới", LocalDateTime.now());
            created.getRoles().add(Role.LEADER);
            return created;
        });
        user.setPasswordHash(encoder.encode(TEMPORARY));
        user.setMustChangePassword(true);
        users.save(user);
        browser = new Browser(port);
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theFirstLoginLeadsToChangePasswordAndThenToTheApplication() {
        browser.submitLogin(USERNAME, TEMPORARY);
        browser.waitForText("Mật khẩu của bạn do quản trị viên đặt");
        assertThat(browser.currentPath()).startsWith("/doi-mat-khau");

        browser.open("tong-quan");
        browser.waitForText("Mật khẩu của bạn do quản trị viên đặt");
        assertThat(browser.bodyText()).doesNotContain("Tổng quan kỳ báo cáo");

        List<WebElement> fields = browser.driver().findElements(By.tagName("vaadin-password-field"));
        assertThat(fields).hasSize(3);
        fields.get(0).findElement(By.tagName("input")).sendKeys(TEMPORARY);
        fields.get(1).findElement(By.tagName("input")).sendKeys("ngan");
        fields.get(2).findElement(By.tagName("input")).sendKeys("ngan");
        browser.waitFor(By.id("change-password")).click();
        browser.waitForText("Mật khẩu phải có ít nhất 10 ký tự.");

        for (int i = 1; i <= 2; i++) {
            WebElement input = fields.get(i).findElement(By.tagName("input"));
            input.clear();
            input.sendKeys(CHOSEN);
        }
        browser.waitFor(By.id("change-password")).click();
        browser.waitFor(By.tagName("vaadin-app-layout"));
        assertThat(browser.menuLabels()).containsExactly("Trang chủ", "Tình hình nộp báo cáo", "Tổng quan kỳ báo cáo",
                "Bản tin / Báo cáo chuyên đề", "Tải bảng số liệu");
        browser.open("tong-quan");
        browser.waitForText("Bảng số liệu");
        assertThat(users.findByUsername(USERNAME).orElseThrow().isMustChangePassword()).isFalse();
        browser.logout();
    }
}
