package vn.cds.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.LoginThrottle;
import vn.cds.baocao.security.service.UserAdminService;
import vn.cds.baocao.security.service.UserAdminService.UserChanges;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.DemoAccounts;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;

/**
 * What an administrator changes about an account takes effect on its open sessions at once (issue 9, item 2):
 * disabling it, changing its roles or unit, resetting its password, and a lockout end every session of that user,
 * so the next request of the open browser tab goes to the login page.
 */
@CdsSpringTest
class SessionEndTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    AppUserRepository users;
    @Autowired
    ReportFixture fixture;
    @Autowired
    SignIn signIn;
    @Autowired
    LoginThrottle throttle;

    @AfterEach
    void signOut() {
        signIn.out();
        throttle.clear();
    }

    @Test
    void disablingAReporterEndsItsOpenSessions() throws Exception {
        assertChangeEndsSessions("TEST_SESS_DISABLE", id -> userAdmin.setEnabled(id, false));
    }

    @Test
    void changingTheRolesEndsTheSessions() throws Exception {
        assertChangeEndsSessions("TEST_SESS_ROLES",
                id -> userAdmin.update(id, new UserChanges("Cán bộ thử", null, Set.of(Role.LEADER), null)));
    }

    @Test
    void changingTheUnitEndsTheSessions() throws Exception {
        fixture.newUnitWithReporter("TEST_SESS_UNIT_NEW", "DEPARTMENT", null);
        long newUnit = fixture.unit("TEST_SESS_UNIT_NEW").getId();
        assertChangeEndsSessions("TEST_SESS_UNIT",
                id -> userAdmin.update(id, new UserChanges("Cán bộ thử", null, Set.of(Role.REPORTER), newUnit)));
    }

    @Test
    void resettingThePasswordEndsTheSessions() throws Exception {
        assertChangeEndsSessions("TEST_SESS_RESET", id -> userAdmin.resetPassword(id, "Tam-thoi-7hQ3xZ-2026"));
    }

    @Test
    void aLockoutEndsTheSessions() throws Exception {
        String username = fixture.newUnitWithReporter("TEST_SESS_LOCK", "DEPARTMENT", null);
        LoginClient tab = new LoginClient(port);
        assertThat(tab.login(username, DemoAccounts.PASSWORD)).isEqualTo("/");
        for (int i = 1; i <= 5; i++) {
            new LoginClient(port).from("192.0.2." + i).login(username, "doan-mo-" + i);
        }
        assertThat(users.findByUsername(username).orElseThrow().getLockedUntil()).isNotNull();
        assertThat(tab.signedIn()).isFalse();
    }

    @Test
    void aNameChangeKeepsTheSessionsOpen() throws Exception {
        String username = fixture.newUnitWithReporter("TEST_SESS_NAME", "DEPARTMENT", null);
        LoginClient tab = new LoginClient(port);
        assertThat(tab.login(username, DemoAccounts.PASSWORD)).isEqualTo("/");
        long id = users.findByUsername(username).orElseThrow().getId();
        signIn.as(DemoAccounts.ADMIN);
        userAdmin.update(id, new UserChanges("Tên mới", null, Set.of(Role.REPORTER),
                fixture.unit("TEST_SESS_NAME").getId()));
        assertThat(tab.signedIn()).isTrue();
    }

    private void assertChangeEndsSessions(String unitCode, LongConsumer change) throws Exception {
        String username = fixture.newUnitWithReporter(unitCode, "DEPARTMENT", null);
        LoginClient firstTab = new LoginClient(port);
        LoginClient secondBrowser = new LoginClient(port);
        LoginClient someoneElse = new LoginClient(port);
        assertThat(firstTab.login(username, DemoAccounts.PASSWORD)).isEqualTo("/");
        assertThat(secondBrowser.login(username, DemoAccounts.PASSWORD)).isEqualTo("/");
        assertThat(someoneElse.login(DemoAccounts.LEADER, DemoAccounts.PASSWORD)).isEqualTo("/");
        assertThat(firstTab.signedIn()).isTrue();

        signIn.as(DemoAccounts.ADMIN);
        change.accept(users.findByUsername(username).orElseThrow().getId());

        assertThat(firstTab.signedIn()).as("the open session is sent to the login page").isFalse();
        assertThat(secondBrowser.signedIn()).as("every session of that user").isFalse();
        assertThat(someoneElse.signedIn()).as("other users keep theirs").isTrue();
    }
}
