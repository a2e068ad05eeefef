package vn.cds.baocao.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cds.baocao.audit.domain.AdminAuditRepository;
import vn.cds.baocao.exchange.service.ApiTokenService;
import vn.cds.baocao.exchange.service.ApiTokenService.IssuedToken;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReferenceData;
import vn.cds.baocao.support.ReportRows;
import vn.cds.baocao.support.SignIn;

/** The read-only JSON API over real HTTP: tokens, approved data only, JSON errors, rate limit, OpenAPI. */
@CdsSpringTest
class ApiHttpTest {

    private static final String DVC = "dvc_online_rate_pct";

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    SignIn signIn;
    @Autowired
    JsonMapper json;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    AdminAuditRepository audit;
    @Autowired
    vn.cds.baocao.exchange.service.ApiDataService apiData;

    private final HttpClient http = HttpClient.newHttpClient();
    @Autowired
    private ReportRows rows;
    private String token;

    @BeforeEach
    void issueToken() {
        signIn.as("admin");
        token = tokens.issue("Hệ thống thử nghiệm API").token();
        signIn.out();
    }

    @AfterEach
    void cleanUp() {
        rows.removeAll();
        signIn.out();
    }

    @Test
    void withoutATokenTheAnswerIs401InVietnamese() throws Exception {
        HttpResponse<String> response = get("/api/v1/periods", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.startsWith("application/json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> v.startsWith("Bearer"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(401);
        assertThat(body.get("message").asString()).startsWith("Thiếu khóa truy cập API");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();

        assertThat(get("/api/v1/periods", "cds_khong-phai-khoa-that").statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/periods", "Basic YWRtaW46YWRtaW4=", true).statusCode()).isEqualTo(401);
    }

    @Test
    void aRevokedTokenIs401AndTheAuditLogRecordsIssueAndRevoke() throws Exception {
        assertThat(get("/api/v1/periods", token).statusCode()).isEqualTo(200);
        signIn.as("admin");
        long id = tokens.list().stream().filter(t -> token.startsWith(t.getTokenPrefix())
                && !t.isRevoked()).findFirst().orElseThrow().getId();
        String prefix = token.substring(0, 12);
        tokens.revoke(id);
        signIn.out();

        HttpResponse<String> response = get("/api/v1/periods", token);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json.readTree(response.body()).get("message").asString())
                .isEqualTo("Khóa truy cập API không hợp lệ hoặc đã bị thu hồi.");
        assertThat(audit.findAll()).anySatisfy(e -> {
            assertThat(e.getAction().name()).isEqualTo("API_TOKEN_ISSUE");
            assertThat(e.getObjectKey()).isEqualTo(prefix);
            assertThat(e.getDetails()).contains("Hệ thống thử nghiệm API");
        }).anySatisfy(e -> {
            assertThat(e.getAction().name()).isEqualTo("API_TOKEN_REVOKE");
            assertThat(e.getObjectKey()).isEqualTo(prefix);
        });
    }

    @Test
    void theApiDataIsForApiClientsOnlyEvenForSignedInStaff() {
        for (String user : new String[] {"admin", "reviewer", "leader", "reporter"}) {
            signIn.as(user);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> apiData.data("2024-07", null))
                    .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
        }
        signIn.as("reviewer");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.issue("Không được cấp"))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    @Test
    void onlyTokenHashesAreStored() {
        signIn.as("admin");
        assertThat(tokens.list()).allSatisfy(t -> {
            assertThat(t.getTokenHash()).hasSize(64).doesNotContain(token.substring(4));
            assertThat(token).doesNotContain(t.getTokenHash());
        });
    }

    @Test
    void periodsIndicatorsUnitsAndApprovedDataOf2024July() throws Exception {
        JsonNode periodsPacket = getJson("/api/v1/periods");
        assertThat(periodsPacket.at("/header/type").asString()).isEqualTo("KY_BAO_CAO");
        assertThat(periodsPacket.at("/header/sender/agency").asString()).isNotBlank();
        assertThat(periodsPacket.get("data").valueStream().map(p -> p.get("code").asString()))
                .contains("2024-07", "2024-03", "2022-09");

        JsonNode indicatorsPacket = getJson("/api/v1/periods/2024-07/indicators");
        JsonNode dvc = indicatorsPacket.get("data").valueStream()
                .filter(i -> i.get("code").asString().equals(DVC)).findFirst().orElseThrow();
        assertThat(dvc.get("unitOfMeasure").asString()).isEqualTo("%");
        assertThat(dvc.get("targets").valueStream().map(t -> t.get("comparator").asString() + t.get("value").asString()))
                .contains("GE80");

        JsonNode unitsPacket = getJson("/api/v1/units?period=2024-07");
        assertThat(unitsPacket.get("data").valueStream().map(u -> u.get("code").asString()))
                .contains("SO_GDDT", "UBND_DONG_XOAI").doesNotContain("UNSPECIFIED");

        JsonNode data = getJson("/api/v1/periods/2024-07/data?unit=SO_GDDT");
        assertThat(data.at("/header/type").asString()).isEqualTo("DU_LIEU_BAO_CAO");
        JsonNode report = data.at("/data/reports/0");
        assertThat(report.get("unit").asString()).isEqualTo("SO_GDDT");
        assertThat(report.get("values").valueStream()
                .filter(v -> v.get("indicator").asString().equals(DVC)).findFirst().orElseThrow()
                .get("value").asString()).isEqualTo("100");
    }

    @Test
    void aValueOfAnUnapprovedReportNeverLeaves() throws Exception {
        YearMonth august = YearMonth.of(2024, 8);
        rows.create("SO_GDDT", august, ReportStatus.DRAFT, DVC, "12.34");
        rows.create("SO_GTVT", august, ReportStatus.SUBMITTED, DVC, "23.45");
        rows.create("SO_KHDT", august, ReportStatus.RETURNED, DVC, "34.56");

        String data = get("/api/v1/periods/2024-08/data", token).body();
        assertThat(json.readTree(data).at("/data/reports").size()).isZero();
        assertThat(data).doesNotContain("12.34", "23.45", "34.56");
        for (String unit : new String[] {"SO_GDDT", "SO_GTVT", "SO_KHDT"}) {
            assertThat(get("/api/v1/periods/2024-08/data?unit=" + unit, token).body())
                    .doesNotContain("12.34", "23.45", "34.56");
        }
        String ranking = get("/api/v1/periods/2024-08/rankings/" + DVC, token).body();
        assertThat(ranking).doesNotContain("12.34", "23.45", "34.56");

        JsonNode status = getJson("/api/v1/periods/2024-08/report-status");
        assertThat(status.get("data").valueStream()
                .filter(s -> s.get("unit").asString().equals("SO_GTVT")).findFirst().orElseThrow()
                .get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(status.toString()).doesNotContain("23.45");
    }

    @Test
    void rankingOfTheSeedMonth() throws Exception {
        JsonNode ranking = getJson("/api/v1/periods/2024-07/rankings/dossier_online_rate_pct?unitType=DISTRICT");
        assertThat(ranking.at("/header/type").asString()).isEqualTo("XEP_HANG");
        JsonNode first = ranking.at("/data/rows/0");
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(ranking.at("/data/rows").valueStream().map(row -> row.get("unit").asString()))
                .as("the province's 11 districts").containsExactlyInAnyOrderElementsOf(ReferenceData.unitCodes("DISTRICT"));
    }

    @Test
    void errorsAreJsonWithAVietnameseMessage() throws Exception {
        HttpResponse<String> unknownPeriod = get("/api/v1/periods/2099-01/data", token);
        assertThat(unknownPeriod.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknownPeriod.body()).get("message").asString()).isEqualTo("Không có kỳ báo cáo 2099-01.");

        HttpResponse<String> badPeriod = get("/api/v1/periods/thang-bay/data", token);
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badPeriod.body()).get("message").asString()).contains("năm-tháng");

        HttpResponse<String> unknownPath = get("/api/v1/khong-co", token);
        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertThat(unknownPath.headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.startsWith("application/json"));
        assertThat(json.readTree(unknownPath.body()).get("message").asString()).startsWith("Không có địa chỉ này");
    }

    /**
     * The bad-input table of the API: every refusal is JSON with a Vietnamese sentence naming what was wrong —
     * also what Tomcat refuses before the application sees it ({@code %2F}, an over-long request line).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            /api/v1/periods/2024-07/rankings/dossier_online_rate_pct?unitType=JUNK | 400 | Tham số "unitType": không có loại đơn vị "JUNK"
            /api/v1/periods/2024-07/rankings/dossier_online_rate_pct?unitType=district | 400 | Các loại đơn vị: DEPARTMENT
            /api/v1/periods/2024-07/rankings/dossier_online_rate_pct?unitTyp=DISTRICT | 400 | Tham số "unitTyp" không có trong địa chỉ này. Các tham số được dùng: unitType
            /api/v1/periods/2024-07/rankings/khong_co_chi_tieu | 400 | không có chỉ tiêu mã khong_co_chi_tieu
            /api/v1/periods/2024-07/data?unit=KHONG_CO | 400 | Tham số "unit": không có đơn vị mã "KHONG_CO"
            /api/v1/periods/2024-07/data?unit=SO_GDDT&unit=SO_GTVT | 400 | Tham số "unit" chỉ được gửi một lần
            /api/v1/periods/2024-13/data | 400 | Tham số "period": kỳ báo cáo "2024-13" không đúng dạng năm-tháng
            /api/v1/periods/2024-7/report-status | 400 | không đúng dạng năm-tháng
            /api/v1/periods/2099-01/indicators | 404 | Không có kỳ báo cáo 2099-01
            /api/v1/units?period=2099-01 | 400 | Tham số "period": không có kỳ báo cáo 2099-01
            /api/v1/units?period=thang-bay | 400 | Tham số "period": kỳ báo cáo "thang-bay" không đúng dạng năm-tháng
            /api/v1/periods?page=2 | 400 | Tham số "page" không có trong địa chỉ này: địa chỉ này không nhận tham số nào
            /api/v1/periods/2024%2F07/data | 400 | Yêu cầu không hợp lệ: địa chỉ có ký tự không được phép
            /api/v1//periods | 400 | Yêu cầu không hợp lệ: địa chỉ có ký tự không được phép
            /api/v1/periods/2024-07/data;jsessionid=1 | 400 | Yêu cầu không hợp lệ: địa chỉ có ký tự không được phép
            /api/v1/periods/2024-07/data?unit=%25 | 400 | Tham số "unit": không có đơn vị mã "%"
            """)
    void badParametersAreAJson400InVietnameseNamingTheParameter(String path, int status, String message)
            throws Exception {
        HttpResponse<String> response = get(path, token);
        assertJsonError(response, status, message);
    }

    @Test
    void overLongParametersAndAddressesAreJsonToo() throws Exception {
        // 20.000 characters reach the API, which names the parameter
        assertJsonError(get("/api/v1/periods/2024-07/data?unit=" + "A".repeat(20_000), token), 400,
                "Tham số \"unit\" quá dài (tối đa 100 ký tự)");
        assertJsonError(get("/api/v1/periods/" + "9".repeat(20_000) + "/data", token), 400,
                "Tham số \"period\" quá dài");
        // 100.000 characters are refused by Tomcat itself, before the application: still the API's JSON
        assertJsonError(get("/api/v1/periods/2024-07/data?unit=" + "A".repeat(100_000), token), 400,
                "Yêu cầu không hợp lệ");
        // a screen address refused by Tomcat gets a Vietnamese page, not Tomcat's English one
        HttpResponse<String> page = get("/bao-cao%2Fthang", null);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("Yêu cầu không hợp lệ").doesNotContain("Bad Request", "Tomcat");
    }

    @Test
    void aJsonErrorEvenWhenTheClientAsksForHtml() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/periods/2024-07/data?unit=KHONG_CO")).header("Accept", "text/html")
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        assertThat(json.readTree(response.body()).get("message").asString()).isNotBlank();
    }

    private void assertJsonError(HttpResponse<String> response, int status, String message) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.body())
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("message").asString()).contains(message);
    }

    @Test
    void aTokenOverItsRateGets429AndOtherTokensAreNotAffected() throws Exception {
        HttpResponse<String> refused = null;
        for (int i = 0; i < 200 && refused == null; i++) {
            HttpResponse<String> response = get("/api/v1/report-regimes", token);
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }
        assertThat(refused).as("the 60-request burst is exhausted within 200 quick requests").isNotNull();
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(json.readTree(refused.body()).get("message").asString()).startsWith("Quá nhiều yêu cầu");

        signIn.as("admin");
        String other = tokens.issue("Hệ thống khác").token();
        signIn.out();
        assertThat(get("/api/v1/report-regimes", other).statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenApiDescriptionIsPublicAndDocumentsOnlyTheApi() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode description = json.readTree(docs.body());
        assertThat(description.get("paths").propertyNames()).contains("/api/v1/periods",
                "/api/v1/periods/{period}/data", "/api/v1/periods/{period}/report-status",
                "/api/v1/periods/{period}/rankings/{indicator}", "/api/v1/units", "/api/v1/report-regimes",
                "/api/v1/periods/{period}/indicators");
        assertThat(description.get("paths").propertyNames()).allMatch(p -> p.startsWith("/api/v1/"));
        assertThat(description.at("/components/securitySchemes").toString()).contains("bearer");
        HttpResponse<String> page = get("/swagger-ui/index.html", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Swagger UI");
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path, token);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        return get(path, bearer == null ? null : "Bearer " + bearer, true);
    }

    private HttpResponse<String> get(String path, String authorization, boolean raw) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
