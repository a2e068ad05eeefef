package vn.cds.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.cds.baocao.audit.domain.AdminAuditEntry;
import vn.cds.baocao.audit.domain.AdminAuditRepository;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.audit.domain.AuditObject;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.LoginThrottle;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.TestClock;

/** Five wrong passwords in a row lock the account for 15 minutes, measured with the test clock. */
@CdsSpringTest
class LockoutTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String USERNAME = "khoa.thu.lockout";
    private static final String PASSWORD = "Dung-mat-khau-2025";

    @LocalServerPort
    int port;
    @Autowired
    AppUserRepository users;
    @Autowired
    AdminAuditRepository auditLog;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TestClock clock;
    @Autowired
    LoginThrottle throttle;

    @BeforeEach
    void freshAccount() {
        AppUser user = users.findByUsername(USERNAME).orElseGet(() -> {
            AppUser created = new AppUser(USERNAME, encoder.encode(PASSWORD), "Thử Khóa Tài Khoản",
                    LocalDateTime.now(clock));
            created.getRoles().add(Role.LEADER);
            return created;
        });
        user.setLockedUntil(null);
        user.setFailedLoginCount(0);
        users.save(user);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        throttle.clear(); // these failures from 127.0.0.1 must not count against the next tests' logins
    }

    @Test
    void fiveFailuresLockForFifteenMinutesThenTheRightPasswordWorksAgain() throws Exception {
        for (int i = 1; i <= 4; i++) {
            assertThat(login(USERNAME, "sai-mat-khau-" + i)).isEqualTo("/login?error");
        }
        assertThat(account().getLockedUntil()).as("four failures do not lock").isNull();
        assertThat(account().getFailedLoginCount()).isEqualTo(4);

        assertThat(login(USERNAME, "sai-mat-khau-5")).isEqualTo("/login?error");
        LocalDateTime lockedAt = LocalDateTime.now(clock);
        assertThat(account().getLockedUntil()).isEqualTo(lockedAt.plusMinutes(15));

        assertThat(login(USERNAME, PASSWORD)).as("the right password is refused while locked").isEqualTo("/login?error");
        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(login(USERNAME, PASSWORD)).as("still locked after 14:59").isEqualTo("/login?error");

        clock.advance(Duration.ofSeconds(1));
        assertThat(login(USERNAME, PASSWORD)).as("released after 15 minutes").isEqualTo("/");
        assertThat(account().getLockedUntil()).isNull();
        assertThat(account().getFailedLoginCount()).isZero();

        AdminAuditEntry locked = auditLog.findByObjectTypeAndObjectKeyOrderByIdAsc(AuditObject.USER, USERNAME)
                .stream().filter(e -> e.getAction() == AuditAction.ACCOUNT_LOCKED).findFirst().orElseThrow();
        assertThat(locked.getActor()).isEqualTo("system");
        assertThat(locked.getDetails()).contains("Số lần đăng nhập sai: 5");
    }

    @Test
    void aSuccessfulLoginResetsTheCount() throws Exception {
        for (int i = 1; i <= 4; i++) {
            login(USERNAME, "sai-" + i);
        }
        assertThat(login(USERNAME, PASSWORD)).isEqualTo("/");
        for (int i = 1; i <= 4; i++) {
            login(USERNAME, "sai-lan-nua-" + i);
        }
        assertThat(account().getLockedUntil()).as("4 + 4 failures with a success between do not lock").isNull();
    }

    private AppUser account() {
        return users.findByUsername(USERNAME).orElseThrow();
    }

    /** Posts the login form like a browser and returns where the application redirects to. */
    private String login(String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.startsWith(base) ? location.substring(base.length()) : location;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
