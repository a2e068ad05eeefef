package vn.cds.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.DemoAccounts;

/**
 * Login CSRF (issue 9, item 3): a page on another origin must not be able to sign a visitor in as someone else. The
 * login form only counts with the token of the visitor's own login page.
 */
@CdsSpringTest
class LoginCsrfTest {

    @LocalServerPort
    int port;

    @Test
    void aLoginPostWithoutTheTokenIsRefusedAndSignsNobodyIn() throws Exception {
        LoginClient visitor = new LoginClient(port);
        visitor.get("/login");
        HttpResponse<String> forged = visitor.postLogin(DemoAccounts.LEADER, DemoAccounts.PASSWORD, null);
        assertThat(visitor.location(forged)).isEqualTo("/login?error=expired");
        assertThat(visitor.signedIn()).isFalse();
    }

    @Test
    void aTokenFromAnotherSessionDoesNotCountEither() throws Exception {
        String attackersToken = new LoginClient(port).csrfToken();
        LoginClient visitor = new LoginClient(port);
        visitor.get("/login");
        HttpResponse<String> forged = visitor.postLogin(DemoAccounts.LEADER, DemoAccounts.PASSWORD, attackersToken);
        assertThat(visitor.location(forged)).isEqualTo("/login?error=expired");
        assertThat(visitor.signedIn()).isFalse();
    }

    @Test
    void withTheTokenOfItsOwnLoginPageTheVisitorSignsIn() throws Exception {
        LoginClient visitor = new LoginClient(port);
        assertThat(visitor.login(DemoAccounts.LEADER, DemoAccounts.PASSWORD)).isEqualTo("/");
        assertThat(visitor.signedIn()).isTrue();
    }
}
