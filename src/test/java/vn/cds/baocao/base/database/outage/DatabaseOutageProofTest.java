package vn.cds.baocao.base.database.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cds.baocao.base.error.DatabaseUnavailable;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.browser.Browser;
import vn.cds.baocao.exchange.service.ApiTokenService;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.service.FieldInput;
import vn.cds.baocao.report.service.ReportForm;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.support.DemoAccounts;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;

/**
 * Proof (issue 9, items 10 and 11): the application on an external MariaDB (Debian's mariadbd, started by the test)
 * while a reporter is signed in. A save works; the database server is stopped; a save fails within a few seconds
 * with one Vietnamese sentence on every channel (service, screen, page, API 503 JSON); the server is started again;
 * the next save works and nothing saved before is lost. Nobody restarts the application.
 */
@Tag("proof")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageProofTest {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageProofTest.class);
    /** The pool gives up after 3 s; the rest is margin for a busy 2-core machine. */
    private static final Duration FAILS_WITHIN = Duration.ofSeconds(10);
    private static final String UNIT = "UBND_DONG_XOAI";
    private static final String MEETINGS = "ecabinet_meetings_month";

    private final String outageMessage = Messages.get(Messages.VIETNAMESE, DatabaseUnavailable.MESSAGE_KEY);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ExternalMariaDb db;
    private ConfigurableApplicationContext app;
    private Browser browser;

    @BeforeAll
    void start() throws Exception {
        db = ExternalMariaDb.startFresh();
        app = ProofApplication.start(db.jdbcUrl());
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void theDatabaseStopsAndComesBackUnderASignedInReporter() throws Exception {
        SignIn signIn = app.getAutowireCapableBeanFactory().createBean(SignIn.class);
        ReportFixture fixture = app.getAutowireCapableBeanFactory().createBean(ReportFixture.class);
        ReportWorkflowService workflow = app.getBean(ReportWorkflowService.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        JsonMapper json = app.getBean(JsonMapper.class);

        signIn.as("admin");
        String token = app.getBean(ApiTokenService.class).issue("Hệ thống thử mất kết nối").token();
        // the service call: a draft of every value; the browser: the reporter's form of another period
        signIn.as(DemoAccounts.REPORTER);
        ReportingPeriod period = fixture.freePeriod(UNIT);
        Map<Long, FieldInput> before = fixture.validInputs(UNIT, period);
        ReportForm saved = workflow.saveDraft(period.getId(), -1, before);
        Map<Long, BigDecimal> savedValues = values(jdbc, saved.reportId());
        assertThat(savedValues).containsKeys(before.keySet().toArray(Long[]::new));
        ReportingPeriod screenPeriod = fixture.freePeriod(UNIT);
        assertThat(api(token, json).statusCode()).isEqualTo(200);
        Map<Long, FieldInput> changed = new HashMap<>(before);
        long meetingsId = fixture.indicator(UNIT, period, MEETINGS).getId();
        changed.put(meetingsId, FieldInput.of("4.242"));

        browser = new Browser(ProofApplication.port(app));
        browser.login(DemoAccounts.REPORTER, DemoAccounts.PASSWORD);
        browser.open("bao-cao-don-vi/ky/" + screenPeriod.getId());
        browser.waitForText("Báo cáo " + screenPeriod.getLabel());
        WebElement meetings = browser.waitFor(By.cssSelector("[data-indicator='" + MEETINGS + "'] vaadin-text-field input"));
        meetings.sendKeys("1.517", Keys.TAB);
        browser.waitForValue(meetings, "1.517");

        db.stop();
        log.info("MariaDB stopped");

        // service layer: refused quickly, with an exception the classifier calls an outage
        long started = System.nanoTime();
        Throwable refused = catchThrowable(() -> workflow.saveDraft(period.getId(), saved.version(), changed));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("save during the outage failed after {} ms: {}", took.toMillis(), String.valueOf(refused));
        assertThat(refused).isNotNull();
        assertThat(DatabaseUnavailable.isCause(refused)).as("classified as an outage: %s", refused).isTrue();
        assertThat(took).isLessThan(FAILS_WITHIN);

        // the screen: the click on "Lưu nháp" says so in Vietnamese within seconds, the typed value stays
        started = System.nanoTime();
        browser.click(By.id("save-draft"));
        browser.waitForText(outageMessage);
        took = Duration.ofNanos(System.nanoTime() - started);
        log.info("the screen said so after {} ms", took.toMillis());
        assertThat(took).isLessThan(FAILS_WITHIN);
        assertThat(meetings.getDomProperty("value")).isEqualTo("1.517");

        // opening a page: the application's page inside the layout, not Vaadin's English exception
        started = System.nanoTime();
        browser.driver().get("http://localhost:" + ProofApplication.port(app) + "/bao-cao-don-vi/ky/" + period.getId());
        browser.waitForText("Tạm thời không kết nối được cơ sở dữ liệu");
        took = Duration.ofNanos(System.nanoTime() - started);
        log.info("the page said so after {} ms", took.toMillis());
        assertThat(browser.bodyText()).contains(outageMessage, "Về trang chủ", "Báo cáo của đơn vị")
                .doesNotContain("There was an exception", "Exception");
        assertThat(took).isLessThan(FAILS_WITHIN.plusSeconds(5));

        // the API: 503 JSON in Vietnamese, not the Vaadin start page
        started = System.nanoTime();
        HttpResponse<String> answer = api(token, json);
        took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        JsonNode body = json.readTree(answer.body());
        assertThat(body.get("status").asInt()).isEqualTo(503);
        assertThat(body.get("message").asString()).isEqualTo(outageMessage);
        assertThat(took).isLessThan(FAILS_WITHIN);

        db.start();
        log.info("MariaDB started again");

        // the application reconnects by itself (at worst after the pool's back-off of 5 s); nothing saved before is
        // lost, the failed save changed nothing, and the next save works
        started = System.nanoTime();
        Map<Long, BigDecimal> afterOutage = null;
        while (afterOutage == null) {
            try {
                afterOutage = values(jdbc, saved.reportId());
            } catch (RuntimeException stillDown) {
                assertThat(DatabaseUnavailable.isCause(stillDown)).as("only the outage: %s", stillDown).isTrue();
                assertThat(Duration.ofNanos(System.nanoTime() - started)).as("reconnected in time")
                        .isLessThan(Duration.ofSeconds(15));
            }
        }
        log.info("the application was connected again {} ms after the server was back",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        assertThat(afterOutage).isEqualTo(savedValues);
        ReportForm after = workflow.saveDraft(period.getId(), saved.version(), changed);
        assertThat(values(jdbc, after.reportId()).get(meetingsId)).isEqualByComparingTo("4242");
        assertThat(api(token, json).statusCode()).isEqualTo(200);

        // the same browser tab, same session: the typed value is saved now
        browser.open("bao-cao-don-vi/ky/" + screenPeriod.getId());
        WebElement again = browser.waitFor(By.cssSelector("[data-indicator='" + MEETINGS + "'] vaadin-text-field input"));
        again.sendKeys("1.517", Keys.TAB);
        browser.waitForValue(again, "1.517");
        browser.click(By.id("save-draft"));
        browser.waitForText("Đã lưu nháp.");
        List<BigDecimal> screenSaved = jdbc.queryForList("""
                SELECT v.numeric_value FROM report_value v JOIN report r ON r.id = v.report_id
                JOIN unit u ON u.id = r.unit_id JOIN indicator i ON i.id = v.indicator_id
                WHERE u.code = ? AND r.period_id = ? AND i.code = ?""", BigDecimal.class, UNIT, screenPeriod.getId(),
                MEETINGS);
        assertThat(screenSaved).singleElement().satisfies(v -> assertThat(v).isEqualByComparingTo("1517"));
        signIn.out();
    }

    private HttpResponse<String> api(String token, JsonMapper json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + ProofApplication.port(app)
                + "/api/v1/periods")).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<Long, BigDecimal> values(JdbcTemplate jdbc, long reportId) {
        Map<Long, BigDecimal> values = new HashMap<>();
        jdbc.query("SELECT indicator_id, numeric_value FROM report_value WHERE report_id = ?",
                rs -> {
                    values.put(rs.getLong(1), rs.getBigDecimal(2));
                }, reportId);
        return values;
    }
}
