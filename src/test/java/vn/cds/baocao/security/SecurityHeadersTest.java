package vn.cds.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.DemoAccounts;

/**
 * HTTP hardening (issue 9, item 7): security headers on every page, and session cookies that are HttpOnly,
 * SameSite and, behind an HTTPS reverse proxy, Secure.
 */
@CdsSpringTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;
    @Autowired
    Environment environment;

    @Test
    void theLoginPageCarriesTheSecurityHeaders() throws Exception {
        assertSecurityHeaders(new LoginClient(port).get("/login").headers());
    }

    @Test
    void anApplicationPageAndItsScriptsCarryThemToo() throws Exception {
        LoginClient leader = new LoginClient(port);
        assertThat(leader.login(DemoAccounts.LEADER, DemoAccounts.PASSWORD)).isEqualTo("/");
        HttpResponse<String> page = leader.get("/tong-quan");
        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page.headers());
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");

        HttpResponse<String> chartElement = leader.get("/cds/cds-chart.js");
        assertThat(chartElement.statusCode()).isEqualTo(200);
        assertThat(chartElement.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void sessionCookiesAreHttpOnlyAndSameSiteAndNotSecureOverPlainHttp() throws Exception {
        String cookie = sessionCookie(new LoginClient(port).get("/login"));
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void behindAnHttpsProxyTheCookieIsSecureAndTheBrowserIsToldToStayOnHttps() throws Exception {
        LoginClient browser = new LoginClient(port).overHttps();
        HttpResponse<String> page = browser.get("/login");
        assertThat(sessionCookie(page)).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(page.headers().firstValue("Strict-Transport-Security")
                .orElseThrow(() -> new AssertionError("no HSTS in " + page.headers().map()))).contains("max-age=31536000");

        HttpResponse<String> signedIn = browser.postLogin(DemoAccounts.LEADER, DemoAccounts.PASSWORD,
                browser.csrfToken());
        assertThat(signedIn.headers().firstValue("Location").orElseThrow())
                .as("redirects stay on https").startsWith("https://");
        assertThat(sessionCookie(signedIn)).as("the new session after login").contains("Secure", "HttpOnly");
    }

    @Test
    void theStrictTransportHeaderIsNotSentOverPlainHttp() throws Exception {
        assertThat(new LoginClient(port).get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void onlyThisMachineIsATrustedProxyByDefault() {
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        Pattern trusted = Pattern.compile(environment.getProperty("server.tomcat.remoteip.internal-proxies"));
        assertThat(List.of("127.0.0.1", "127.0.1.1", "0:0:0:0:0:0:0:1", "::1")).allMatch(a -> trusted.matcher(a).matches());
        assertThat(List.of("10.0.0.5", "192.168.1.10", "172.16.0.2", "203.0.113.9", "1127.0.0.1"))
                .noneMatch(a -> trusted.matcher(a).matches());
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        String csp = headers.firstValue("Content-Security-Policy")
                .orElseThrow(() -> new AssertionError("no Content-Security-Policy in " + headers.map()));
        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'");
        assertThat(directive(csp, "script-src")).contains("'self'").doesNotContain("*", "http:", "https:");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(headers.firstValue("Permissions-Policy").orElseThrow()).contains("camera=()", "geolocation=()");
    }

    private static String directive(String csp, String name) {
        return List.of(csp.split(";")).stream().map(String::strip).filter(d -> d.startsWith(name + " "))
                .findFirst().orElseThrow();
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }
}
