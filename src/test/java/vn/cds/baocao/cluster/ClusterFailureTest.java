package vn.cds.baocao.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cds.baocao.browser.Browser;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.service.ReportForm;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.support.DemoAccounts;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;
import vn.cds.baocao.support.TestSupportConfiguration;
import vn.cds.baocao.support.TestUnits;

/**
 * The failure test of issue 13, against the cluster of deploy/cluster (started by deploy/cluster/failure-test.sh):
 * 35 reporters submit through HAProxy in real browser sessions while a reviewer approves, and meanwhile app1 is
 * killed (kill -9), the Galera node the application writes to (db1, first in the sequential URL) is stopped and
 * started again, and HAProxy is restarted. HTTP clients, each kept on its node by the SERVERID cookie, ask
 * /actuator/health (which queries the database) every 200 ms and see the outages. Afterwards: no submit lost, none
 * duplicated; a draft saved on app1 is read on app2; a notification stored by one node shows on the other's bell;
 * throughput with two nodes and with one.
 *
 * <p>This JVM's Spring context is a passive client of the cluster's database (no jobs, no migrations, no web
 * server): it prepares the drafts and units through the services and checks the result. Tag "cluster": only in
 * the {@code cluster} profile.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(properties = {
        "spring.datasource.url=${CLUSTER_DB_URL:jdbc:mariadb:sequential://127.0.0.1:23306,127.0.0.1:23307,127.0.0.1:23308/cds}",
        "spring.datasource.username=${DB_USER:cds}",
        "spring.datasource.password=${DB_PASSWORD:cds-cluster-demo}",
        "spring.liquibase.enabled=false",
        "cds.notifications.deadline.cron=-",
        "cds.notifications.mail.retry-cron=-",
        "cds.periods.auto-create=false",
        "logging.level.root=WARN"})
@Import(TestSupportConfiguration.class)
class ClusterFailureTest {

    private static final String PREFIX = "CLUSTER_T";
    private static final int REPORTERS = 35;
    private static final int HTTP_PORT = Integer.getInteger("cluster.httpPort", 28080);
    private static final int APP1_PORT = Integer.getInteger("cluster.app1Port", 28081);
    private static final int APP2_PORT = Integer.getInteger("cluster.app2Port", 28082);
    private static final int REPORTER_BROWSERS = Integer.getInteger("cluster.browsers", 2);

    @Autowired
    TestUnits testUnits;
    @Autowired
    ReportFixture fixture;
    @Autowired
    ReportWorkflowService workflow;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> userErrors = new CopyOnWriteArrayList<>();
    private volatile String firstBrowserNode;
    private final long start = System.nanoTime();

    @AfterAll
    void removeTheUnits() {
        if (!Boolean.getBoolean("cluster.keep")) {
            testUnits.remove(PREFIX);
        }
    }

    @Test
    void submitsAndApprovalsSurviveAKilledAppNodeAStoppedDatabaseNodeAndARestartedBalancer() throws Exception {
        testUnits.remove(PREFIX);
        List<String> units = testUnits.create(PREFIX, REPORTERS + 1, "DEPARTMENT");
        List<String> reporters = units.subList(0, REPORTERS);
        String crossNodeUnit = units.getLast();
        ReportingPeriod period = fixture.freePeriod(units.getFirst());
        Map<String, Integer> valuesPerUnit = new java.util.HashMap<>();
        for (String unit : units) {
            signIn.as(unit.toLowerCase());
            try {
                var inputs = fixture.validInputs(unit, period);
                workflow.saveDraft(period.getId(), -1, inputs);
                valuesPerUnit.put(unit, inputs.size());
            } finally {
                signIn.out();
            }
        }
        log("%d drafts for %s ready; load average %s", units.size(), period.getLabel(), Load.average());

        Throughput throughput = new Throughput(HTTP_PORT);
        double twoNodes = throughput.requestsPerSecond(8, Duration.ofSeconds(20));

        HealthProbes probes = new HealthProbes(HTTP_PORT, 4, Duration.ofMillis(200), start);
        probes.start();

        long runStart = System.nanoTime();
        ConcurrentLinkedQueue<String> toSubmit = new ConcurrentLinkedQueue<>(reporters);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < REPORTER_BROWSERS; i++) {
            int browser = i;
            workers.add(Thread.ofPlatform().name("reporter-browser-" + i)
                    .start(() -> submitAll(browser, toSubmit, period)));
        }
        Thread reviewer = Thread.ofPlatform().name("reviewer-browser").start(() -> approveAll(reporters.size()));

        // the failures start once users are at work: the killed node is the one serving the first reporter browser
        while (submittedOrApproved() < 3 && System.nanoTime() - runStart < TimeUnit.MINUTES.toNanos(10)) {
            Thread.sleep(500);
        }
        String victim = firstBrowserNode == null || !firstBrowserNode.startsWith("app") ? "app1" : firstBrowserNode;
        String victimNumber = victim.substring(victim.length() - 1);
        Failures failures = new Failures(start);
        failures.at(Duration.ZERO, "kill -9 " + victim + " (serving reporter browser 0)", "app", victimNumber, "kill");
        failures.at(Duration.ofSeconds(20), "stop db1 (the node written to)", "db", "1", "stop");
        failures.at(Duration.ofSeconds(40), "start db1 (IST)", "db", "1", "start");
        failures.at(Duration.ofSeconds(65), "restart HAProxy", "haproxy", "restart");
        failures.at(Duration.ofSeconds(75), "start " + victim, "app", victimNumber, "start");
        failures.start();
        for (Thread worker : workers) {
            worker.join(TimeUnit.MINUTES.toMillis(40));
        }
        double submitSeconds = (System.nanoTime() - runStart) / 1e9;
        reviewer.join(TimeUnit.MINUTES.toMillis(40));
        double runSeconds = (System.nanoTime() - runStart) / 1e9;
        failures.join();
        probes.stop();

        // app1 is back: the same load with both nodes again, then with app2 drained
        double twoNodesAfter = throughput.requestsPerSecond(8, Duration.ofSeconds(20));
        Failures.node("app", "2", "stop");
        double oneNode = throughput.requestsPerSecond(8, Duration.ofSeconds(20));
        log("load average %s", Load.average());
        Failures.node("app", "2", "start");

        String crossNode = savedOnOneNodeReadOnTheOther(crossNodeUnit, period);
        String bells = notificationOnBothNodes(reporters.getFirst());

        // what the database holds: one report per unit, approved, values complete, each transition once
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select u.code, count(distinct r.id) reports, max(r.status) status,
                       (select count(*) from report_event e where e.report_id = max(r.id) and e.action = 'SUBMIT') submits,
                       (select count(*) from report_event e where e.report_id = max(r.id) and e.action = 'APPROVE') approvals,
                       (select count(*) from report_value v where v.report_id = max(r.id)) report_values
                from unit u left join report r on r.unit_id = u.id and r.period_id = ?
                where u.code like 'CLUSTER\\_T\\_%' group by u.code order by u.code""", period.getId());
        Map<String, Map<String, Object>> byUnit = rows.stream()
                .collect(Collectors.toMap(row -> (String) row.get("code"), row -> row));
        int lost = 0;
        int duplicated = 0;
        for (String unit : reporters) {
            Map<String, Object> row = byUnit.get(unit);
            long submits = ((Number) row.get("submits")).longValue();
            lost += submits == 0 ? 1 : 0;
            duplicated += ((Number) row.get("reports")).longValue() > 1 || submits > 1 ? 1 : 0;
        }

        log("=== Cluster failure test: %d reporters (%d browsers) + 1 reviewer through HAProxy ===", REPORTERS,
                REPORTER_BROWSERS);
        log("submits done after %.1f s, approvals after %.1f s", submitSeconds, runSeconds);
        failures.events().forEach(event -> log("event   %s", event));
        probes.outages().forEach(outage -> log("outage  %s", outage));
        log("probes: %d requests, %d failed", probes.requests(), probes.failures());
        log("user-visible errors: %d", userErrors.size());
        userErrors.forEach(error -> log("  %s", error));
        log("submits lost: %d, duplicated: %d", lost, duplicated);
        log("throughput (GET /login + /actuator/health, 8 clients, 20 s): 2 nodes %.1f/s before, %.1f/s after; "
                + "1 node %.1f/s; ratio 2:1 = %.2f", twoNodes, twoNodesAfter, oneNode, twoNodesAfter / oneNode);
        log("cross-node: %s", crossNode);
        log("notifications: %s", bells);
        log("load average %s", Load.average());

        assertThat(lost).as("submits lost").isZero();
        assertThat(duplicated).as("submits duplicated").isZero();
        for (String unit : reporters) {
            Map<String, Object> row = byUnit.get(unit);
            assertThat(row.get("status")).as(unit).isEqualTo("APPROVED");
            assertThat(((Number) row.get("approvals")).longValue()).as(unit + " approvals").isEqualTo(1);
            assertThat(((Number) row.get("report_values")).intValue()).as(unit + " values")
                    .isEqualTo(valuesPerUnit.get(unit));
        }
        assertThat(crossNode).startsWith("ok");
        assertThat(bells).startsWith("ok");
    }

    /** One reporter browser: takes units from the queue, submits each, tries again (as a user would) after an error. */
    private void submitAll(int number, ConcurrentLinkedQueue<String> units, ReportingPeriod period) {
        try (Browser browser = new Browser(HTTP_PORT)) {
            String unit;
            while ((unit = units.poll()) != null) {
                String user = unit.toLowerCase();
                for (int attempt = 1; ; attempt++) {
                    try {
                        browser.login(user, DemoAccounts.PASSWORD);
                        if (number == 0) {
                            firstBrowserNode = node(browser);
                        }
                        browser.open("bao-cao-don-vi/ky/" + period.getId());
                        browser.waitForText("Báo cáo " + period.getLabel());
                        if (!browser.driver().findElements(By.id("submit-report")).isEmpty()) {
                            browser.click(By.id("submit-report"));
                            browser.clickButtonWithText("Nộp báo cáo", true);
                            browser.waitForText("Đã nộp báo cáo");
                        } else {
                            log("%s: already submitted when the form opened again (attempt %d)", unit, attempt);
                        }
                        browser.logout();
                        break;
                    } catch (RuntimeException e) {
                        userError(browser, "submit " + unit + " attempt " + attempt, e);
                        if (attempt == 8) {
                            break;
                        }
                        recover(browser);
                    }
                }
            }
        }
    }

    /** The reviewer: approves each submitted report of the test's units, until all are approved. */
    private void approveAll(int expected) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(40); // a loaded machine is slow
        try (Browser browser = new Browser(HTTP_PORT)) {
            boolean signedIn = false;
            while (System.nanoTime() < deadline) {
                try {
                    if (!signedIn) {
                        browser.login(DemoAccounts.REVIEWER, DemoAccounts.PASSWORD);
                        signedIn = true;
                    }
                    List<Long> submitted = jdbc.queryForList("""
                            select r.id from report r join unit u on u.id = r.unit_id
                            where u.code like 'CLUSTER\\_T\\_%' and r.status = 'SUBMITTED' order by r.id""", Long.class);
                    Integer approved = jdbc.queryForObject("""
                            select count(*) from report r join unit u on u.id = r.unit_id
                            where u.code like 'CLUSTER\\_T\\_%' and r.status = 'APPROVED'""", Integer.class);
                    if (approved != null && approved >= expected) {
                        return;
                    }
                    if (submitted.isEmpty()) {
                        Thread.sleep(500);
                        continue;
                    }
                    for (long id : submitted) {
                        browser.open("duyet-bao-cao/bao-cao/" + id);
                        browser.click(By.id("approve-report"));
                        browser.clickButtonWithText("Phê duyệt", true);
                        browser.waitForText("Đã phê duyệt báo cáo");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    userError(browser, "approve", e);
                    recover(browser);
                    signedIn = false;
                }
            }
        }
    }

    /** A draft saved through app1 directly is what app2 shows to the same reporter. */
    private String savedOnOneNodeReadOnTheOther(String unit, ReportingPeriod period) {
        String user = unit.toLowerCase();
        try (Browser a = new Browser(APP1_PORT); Browser b = new Browser(APP2_PORT)) {
            a.login(user, DemoAccounts.PASSWORD);
            a.open("bao-cao-don-vi/ky/" + period.getId());
            WebElement field = a.waitFor(By.cssSelector("[data-indicator] vaadin-text-field input"));
            String code = (String) ((org.openqa.selenium.JavascriptExecutor) a.driver())
                    .executeScript("return arguments[0].closest('[data-indicator]').dataset.indicator;", field);
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "7", Keys.TAB);
            a.waitForValue(field, "7");
            a.click(By.id("save-draft"));
            a.waitForText("Đã lưu nháp");

            b.login(user, DemoAccounts.PASSWORD);
            b.open("bao-cao-don-vi/ky/" + period.getId());
            WebElement onB = b.waitFor(By.cssSelector("[data-indicator='" + code + "'] vaadin-text-field input"));
            String read = onB.getDomProperty("value");
            return ("7".equals(read) ? "ok" : "MISMATCH") + ": " + code + " = 7 saved on app1 (:" + APP1_PORT
                    + "), app2 (:" + APP2_PORT + ") shows " + read;
        } catch (RuntimeException e) {
            return "FAILED: " + firstLine(e);
        }
    }

    /** The approval's notification, stored by whichever node ran it, is on the reporter's bell on both nodes. */
    private String notificationOnBothNodes(String unit) {
        List<String> seen = new ArrayList<>();
        for (int port : new int[] {APP1_PORT, APP2_PORT}) {
            try (Browser browser = new Browser(port)) {
                browser.login(unit.toLowerCase(), DemoAccounts.PASSWORD);
                String count = browser.waitFor(By.id("notification-count")).getText();
                browser.waitFor(By.id("notification-bell")).click();
                browser.waitForText("Báo cáo đã được phê duyệt");
                seen.add(":" + port + " bell " + count);
            } catch (RuntimeException e) {
                return "FAILED on :" + port + ": " + firstLine(e);
            }
        }
        return "ok: approval notice of " + unit + " on " + String.join(", ", seen);
    }

    private int submittedOrApproved() {
        Integer count = jdbc.queryForObject("""
                select count(*) from report r join unit u on u.id = r.unit_id
                where u.code like 'CLUSTER\\_T\\_%' and r.status in ('SUBMITTED', 'APPROVED')""", Integer.class);
        return count == null ? 0 : count;
    }

    private static String node(Browser browser) {
        try {
            Cookie cookie = browser.driver().manage().getCookieNamed("SERVERID");
            return cookie == null ? "-" : cookie.getValue();
        } catch (RuntimeException e) {
            return "?"; // the browser itself is in trouble
        }
    }

    private void userError(Browser browser, String what, RuntimeException e) {
        String node = node(browser);
        String text = "";
        try {
            text = browser.bodyText().replaceAll("\\s+", " ");
            text = text.substring(0, Math.min(160, text.length()));
        } catch (RuntimeException ignored) {
            // no page
        }
        userErrors.add("%6.1f s %s (node %s): %s | page: %s".formatted(elapsed(), what, node, firstLine(e), text));
    }

    /** What a user does after an error: signs in again (a new session), staying on the node HAProxy chose. */
    private static void recover(Browser browser) {
        try {
            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException ignored) {
            // the next attempt opens the login page anyway
        }
    }

    private double elapsed() {
        return (System.nanoTime() - start) / 1e9;
    }

    private void log(String format, Object... args) {
        System.out.printf("[cluster %6.1f s] %s%n", elapsed(), format.formatted(args));
    }

    static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return e.getClass().getSimpleName() + ": " + (newline < 0 ? message : message.substring(0, newline));
    }

    /** The machine's load average, recorded beside every figure (the machine is shared). */
    static final class Load {
        static String average() {
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
            } catch (java.io.IOException e) {
                return "?";
            }
        }
    }
}
