package vn.cds.baocao.base.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.DemoAccounts;

/**
 * HTTP errors outside the Vaadin screens get the application's Vietnamese page with a link home, not the browser's
 * English "HTTP ERROR 403" (an empty 403 before) or Spring's Whitelabel page.
 */
@CdsSpringTest
class HttpErrorPageTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String FORBIDDEN = "Địa chỉ này không có trong hệ thống hoặc tài khoản của bạn không được phép mở nó.";

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aWrongAddressWhileSignedInIsExplainedInVietnameseWithALinkHome() throws Exception {
        signIn(DemoAccounts.REPORTER);
        for (String address : new String[] {"/khong-co-trang-nay", "/foo/bar.txt", "/bao-cao-don-vi/ky/abc", "/.env"}) {
            HttpResponse<String> page = get(address, "text/html,application/xhtml+xml,*/*;q=0.8");
            assertThat(page.statusCode()).as(address).isEqualTo(403);
            assertThat(page.headers().firstValue("Content-Type")).as(address).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/html"));
            assertThat(page.body()).as(address)
                    .contains("<html lang=\"vi\">", "Không mở được trang", FORBIDDEN, "Mã trạng thái HTTP: 403")
                    .contains("<a id=\"error-home\" href=\"/\">Về trang chủ</a>")
                    .doesNotContain("Whitelabel", "Exception", "Forbidden");
        }
    }

    @Test
    void aMissingFileIsNotFoundInVietnamese() throws Exception {
        HttpResponse<String> page = get("/webjars/khong-co.js", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy địa chỉ này.", "Về trang chủ");
    }

    @Test
    void programsThatDoNotAskForHtmlStillGetJson() throws Exception {
        signIn(DemoAccounts.REPORTER);
        HttpResponse<String> answer = get("/khong-co-trang-nay", "application/json");
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(answer.body()).contains("\"status\":403");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(String username) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(DemoAccounts.PASSWORD) + "&_csrf="
                + encode(csrf.group(1));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location")).hasValue(base() + "/");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
