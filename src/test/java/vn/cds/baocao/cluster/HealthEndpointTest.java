package vn.cds.baocao.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * The load balancer's health check (deploy/cluster, docs/deployment.md) answers without a login and tells nothing
 * but the status; no other Actuator endpoint is served.
 */
@CdsSpringTest
class HealthEndpointTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void readinessAndLivenessAnswerAnonymouslyWithTheStatusOnly() throws Exception {
        for (String path : new String[] {"/actuator/health/readiness", "/actuator/health/liveness"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).isEqualTo("{\"status\":\"UP\"}");
        }
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).doesNotContain("db", "diskSpace", "mail", "components", "details");
    }

    @Test
    void noOtherEndpointIsServed() throws Exception {
        for (String path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/heapdump", "/actuator/loggers", "/actuator/metrics"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("propertySources", "beans", "DB_PASSWORD");
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
