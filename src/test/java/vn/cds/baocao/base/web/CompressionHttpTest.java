package vn.cds.baocao.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * HTTP compression (issue 14): what the browser downloads before the first screen (the login page, Lumo's 232 KB
 * style sheet, our own styles and scripts) goes out gzip-compressed when the browser accepts it, and as it is
 * when it does not. Over plain HTTP to the test's own server, as a browser asks.
 */
@CdsSpringTest
class CompressionHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pagesStylesAndScriptsAreCompressedForABrowserThatAcceptsGzip() throws Exception {
        for (String path : new String[] {"/login", "/lumo/lumo.css", "/cds/styles.css", "/cds/cds-chart.js"}) {
            HttpResponse<byte[]> plain = get(path, null);
            HttpResponse<byte[]> gzip = get(path, "gzip, deflate, br");
            assertThat(plain.statusCode()).as(path).isEqualTo(200);
            assertThat(gzip.statusCode()).as(path).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Encoding")).as("%s without Accept-Encoding", path).isEmpty();
            assertThat(gzip.headers().firstValue("Content-Encoding")).as("%s with gzip", path).hasValue("gzip");
            assertThat(gzip.headers().allValues("Vary")).as(path).anyMatch(v -> v.toLowerCase().contains("accept-encoding"));
            byte[] unpacked = gunzip(gzip.body());
            if (!path.equals("/login")) { // the page carries a fresh CSRF token each time
                assertThat(unpacked).as("%s unpacks to the same bytes", path).isEqualTo(plain.body());
            }
            assertThat(gzip.body().length).as("%s: %d bytes compressed, %d plain", path, gzip.body().length,
                    plain.body().length).isLessThan(plain.body().length / 2);
        }
    }

    @Test
    void lumosStyleSheetShrinksToAFractionOfItsSize() throws Exception {
        HttpResponse<byte[]> plain = get("/lumo/lumo.css", null);
        HttpResponse<byte[]> gzip = get("/lumo/lumo.css", "gzip");
        System.out.printf("%nlumo.css: %d bytes plain, %d gzip-compressed%n", plain.body().length, gzip.body().length);
        assertThat(plain.body().length).isGreaterThan(200_000);
        assertThat(gzip.body().length).isLessThan(plain.body().length / 4);
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
