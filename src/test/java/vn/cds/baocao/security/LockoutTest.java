package vn.cds.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
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
        new LoginTestAccounts(users, auditLog, clock).fresh(USERNAME, encoder.encode(PASSWORD), "Thử Khóa Tài Khoản");
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

    private String login(String username, String password) throws Exception {
        return new LoginClient(port).login(username, password);
    }
}
