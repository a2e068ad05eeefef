package vn.cds.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.cds.baocao.audit.domain.AdminAuditRepository;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.audit.domain.AuditObject;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.LoginThrottle;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.TestClock;

/**
 * Guessing passwords in parallel: the lockout counts every attempt whatever the interleaving, and one client
 * address cannot try password after password (issue 9, item 1).
 */
@CdsSpringTest
class BruteForceTest {

    private static final String USERNAME = "thu.do.mat.khau";
    private static final String OTHER = "thu.do.mat.khau.2";
    private static final String PASSWORD = "Dung-mat-khau-2025";
    private static final String ATTACKER = "203.0.113.66";

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
    void freshAccounts() {
        String hash = encoder.encode(PASSWORD);
        LoginTestAccounts accounts = new LoginTestAccounts(users, auditLog, clock);
        for (String username : List.of(USERNAME, OTHER)) {
            accounts.fresh(username, hash, "Thử Dò Mật Khẩu");
        }
    }

    @AfterEach
    void forgetTheAttacker() {
        throttle.clear();
        clock.reset();
    }

    @Test
    void fiftyParallelWrongPasswordsLockTheAccountOnceAndTheRightOneIsThenRefused() throws Exception {
        int before = lockLines(USERNAME);
        ExecutorService threads = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                String guess = "sai-mat-khau-" + i;
                LoginClient client = new LoginClient(port).from(ATTACKER);
                String token = client.csrfToken();
                attempts.add(threads.submit((Callable<String>) () -> {
                    start.await();
                    return client.location(client.postLogin(USERNAME, guess, token));
                }));
            }
            start.countDown();
            for (Future<String> attempt : attempts) {
                assertThat(attempt.get()).startsWith("/login?error");
            }
        } finally {
            threads.shutdownNow();
        }

        AppUser account = users.findByUsername(USERNAME).orElseThrow();
        assertThat(account.getFailedLoginCount()).as("attempts counted up to the limit").isEqualTo(5);
        assertThat(account.getLockedUntil()).isEqualTo(LocalDateTime.now(clock).plusMinutes(15));
        assertThat(lockLines(USERNAME) - before).as("one ACCOUNT_LOCKED line in the audit log").isEqualTo(1);

        throttle.clear();
        assertThat(new LoginClient(port).from("198.51.100.7").login(USERNAME, PASSWORD))
                .as("the right password, from anywhere, while the account is locked").isEqualTo("/login?error");
    }

    @Test
    void oneAddressThatKeepsFailingIsRefusedForAWhileWithoutLockingTheAccountsItTries() throws Exception {
        // an attacker trying one password on many accounts: no account reaches its limit
        for (int i = 0; i < throttle.maxFailures(); i++) {
            assertThat(new LoginClient(port).from(ATTACKER).login("khong.ton.tai." + i, "Matkhau@2024"))
                    .isEqualTo("/login?error");
        }
        assertThat(new LoginClient(port).from(ATTACKER).login(OTHER, PASSWORD))
                .as("even a right password from that address").isEqualTo("/login?error=throttled");
        for (int i = 0; i < 10; i++) {
            assertThat(new LoginClient(port).from(ATTACKER).login(USERNAME, "sai-" + i))
                    .isEqualTo("/login?error=throttled");
        }
        assertThat(users.findByUsername(USERNAME).orElseThrow().getFailedLoginCount())
                .as("refused attempts do not count against the account they name").isZero();
        assertThat(users.findByUsername(USERNAME).orElseThrow().getLockedUntil()).isNull();
        assertThat(new LoginClient(port).from("198.51.100.8").login(OTHER, PASSWORD))
                .as("other addresses are not affected").isEqualTo("/");
        assertThat(new LoginClient(port).login(USERNAME, PASSWORD)).isEqualTo("/");
    }

    private int lockLines(String username) {
        return new LoginTestAccounts(users, auditLog, clock).lockLines(username);
    }
}
