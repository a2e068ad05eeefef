package vn.cds.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser-like HTTP client for the security tests: its own cookie jar, no redirects followed, optional
 * proxy headers (a request "from" another client address, or over HTTPS at the reverse proxy).
 */
final class LoginClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final Map<String, String> headers = new LinkedHashMap<>();

    LoginClient(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Every request of this client comes through the reverse proxy from this address (X-Forwarded-For). */
    LoginClient from(String clientAddress) {
        headers.put("X-Forwarded-For", clientAddress);
        return this;
    }

    /** Every request of this client reached the reverse proxy over HTTPS (X-Forwarded-Proto). */
    LoginClient overHttps() {
        headers.put("X-Forwarded-Proto", "https");
        return this;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token the login page carries for this client's session. */
    String csrfToken() throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get("/login").body());
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        return csrf.group(1);
    }

    /** Opens the login page, then posts the form with its token; returns where the application redirects to. */
    String login(String username, String password) throws IOException, InterruptedException {
        return location(postLogin(username, password, csrfToken()));
    }

    /** Posts the login form; {@code csrfToken} null sends none. */
    HttpResponse<String> postLogin(String username, String password, String csrfToken)
            throws IOException, InterruptedException {
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + (csrfToken == null ? "" : "&_csrf=" + encode(csrfToken));
        return client.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Where a response redirects to, relative to the application. */
    String location(HttpResponse<?> response) {
        assertThat(response.statusCode()).as("a redirect").isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        for (String prefix : new String[] {base, "https://localhost"}) {
            if (location.startsWith(prefix)) {
                return location.substring(prefix.length());
            }
        }
        return location;
    }

    /** True when a page of the application opens for this client; false when it is sent to the login page. */
    boolean signedIn() throws IOException, InterruptedException {
        HttpResponse<String> home = get("/");
        if (home.statusCode() == 200) {
            return true;
        }
        assertThat(location(home)).isEqualTo("/login");
        return false;
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(request::header);
        return request;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
