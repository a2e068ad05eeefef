package vn.cds.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.DemoAccounts;

/** Signing in through the real login form over HTTP. */
@CdsSpringTest
class LoginHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;

    @ParameterizedTest
    @ValueSource(strings = {DemoAccounts.REPORTER, DemoAccounts.REVIEWER, DemoAccounts.LEADER, DemoAccounts.ADMIN,
        "dv.so_gddt", "dv.toan_tinh"})
    void everyDemoAccountSignsIn(String username) throws Exception {
        assertThat(login(username, DemoAccounts.PASSWORD)).isEqualTo("/");
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        assertThat(login("dv.so_y_te", "sai-mat-khau")).isEqualTo("/login?error");
    }

    @Test
    void anUnknownUserIsRefused() throws Exception {
        assertThat(login("khong.ton.tai", DemoAccounts.PASSWORD)).isEqualTo("/login?error");
    }

    @Test
    void aDisabledUserIsRefusedEvenWithTheRightPassword() throws Exception {
        String username = "disabled.login.test";
        if (users.findByUsername(username).isEmpty()) {
            AppUser user = new AppUser(username, passwordEncoder.encode(DemoAccounts.PASSWORD), "Tài khoản đã khóa",
                    LocalDateTime.now());
            user.getRoles().add(Role.LEADER);
            user.setEnabled(false);
            users.save(user);
        }
        assertThat(login(username, DemoAccounts.PASSWORD)).isEqualTo("/login?error");
    }

    private String login(String username, String password) throws Exception {
        return new LoginClient(port).login(username, password);
    }
}
