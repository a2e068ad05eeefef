package vn.cds.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

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

    /** Posts the login form like a browser and returns where the application redirects to. */
    private String login(String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.startsWith(base) ? location.substring(base.length()) : location;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
