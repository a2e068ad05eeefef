package vn.cds.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.ReportForm;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.report.service.WorkflowRetries;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;
import vn.cds.baocao.support.TestUnits;

/**
 * A workflow action that the database aborts as a deadlock victim is run again, as a whole, and succeeds
 * (issue 9, item 8); one that lost to another user's change is not run again.
 *
 * <p>The deadlock is a real one, made by a second transaction on its own connection: it locks an indicator row
 * that the approval's baseline insert must read-lock (foreign key check), waits until the approval waits for it,
 * then asks for the report row the approval holds. InnoDB breaks the cycle by rolling back the smaller
 * transaction; the blocker has changed 20 rows first so that this is the approval.
 */
@CdsSpringTest
class WorkflowRetryTest {

    private static final String PREFIX = "TEST_WF_RETRY";

    @Autowired
    ReportWorkflowService workflow;
    @Autowired
    WorkflowRetries retries;
    @Autowired
    ReportFixture fixture;
    @Autowired
    TestUnits testUnits;
    @Autowired
    SignIn signIn;
    @Autowired
    ReportRepository reports;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheUnits() {
        signIn.out();
        testUnits.remove(PREFIX);
    }

    @Test
    void anApprovalChosenAsDeadlockVictimIsRunAgainAndSucceeds() throws Exception {
        List<String> units = testUnits.create(PREFIX, 20, "DEPARTMENT");
        long[] report = submittedReport(units.getFirst());
        long firstIndicator = jdbc.queryForObject("select min(indicator_id) from report_value where report_id = ?",
                Long.class, report[0]);
        long retriedBefore = retries.retried();

        ExecutorService reviewer = Executors.newSingleThreadExecutor(); // not the shared pool: it may be busy
        CompletableFuture<Void> approval;
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            execute(blocker, "update unit set notes = 'blocker' where code like '" + PREFIX + "\\_%'");
            execute(blocker, "select id from indicator where id = " + firstIndicator + " for update");

            approval = CompletableFuture.runAsync(() -> {
                signIn.as("reviewer");
                try {
                    workflow.approve(report[0], report[1]);
                } finally {
                    signIn.out();
                }
            }, reviewer);
            awaitTheApprovalWaiting(approval);
            try {
                // closes the cycle: the approval holds this row and waits for the blocker's indicator row
                execute(blocker, "select id from report where id = " + report[0] + " for update");
            } catch (SQLException e) {
                throw new AssertionError("the blocker, not the approval, was chosen as the deadlock victim", e);
            }
            blocker.rollback();
        }
        try {
            approval.get(60, TimeUnit.SECONDS);
        } finally {
            reviewer.shutdownNow();
        }

        assertThat(retries.retried()).as("approvals run again").isEqualTo(retriedBefore + 1);
        assertThat(reports.findById(report[0]).orElseThrow().getStatus()).isEqualTo(ReportStatus.APPROVED);
        assertThat(jdbc.queryForObject("select count(*) from report_event where report_id = ? and action = 'APPROVE'",
                Integer.class, report[0])).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from report_baseline_value where report_id = ?",
                Integer.class, report[0]))
                .isEqualTo(jdbc.queryForObject("select count(*) from report_value where report_id = ?",
                        Integer.class, report[0]));
    }

    @Test
    void anApprovalOfAVersionSomeoneElseChangedIsRefusedNotRunAgain() {
        List<String> units = testUnits.create(PREFIX, 1, "DEPARTMENT");
        long[] report = submittedReport(units.getFirst());
        signIn.as("reviewer");
        workflow.returnReport(report[0], report[1], "Thiếu số liệu", java.util.Map.of());
        long retriedBefore = retries.retried();

        assertThatThrownBy(() -> workflow.approve(report[0], report[1]))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("workflow.concurrentChange"));
        assertThat(retries.retried()).isEqualTo(retriedBefore);
        assertThat(reports.findById(report[0]).orElseThrow().getStatus()).isEqualTo(ReportStatus.RETURNED);
    }

    private long[] submittedReport(String unit) {
        ReportingPeriod period = fixture.freePeriod(unit);
        signIn.as(unit.toLowerCase());
        try {
            ReportForm draft = workflow.saveDraft(period.getId(), -1, fixture.validInputs(unit, period));
            ReportForm submitted = workflow.submit(draft.reportId(), draft.version());
            return new long[] {submitted.reportId(), submitted.version()};
        } finally {
            signIn.out();
        }
    }

    /** Until the approval's baseline insert is seen waiting (it would otherwise take a few milliseconds). */
    private void awaitTheApprovalWaiting(CompletableFuture<Void> approval) throws Exception {
        for (int i = 0; i < 1200; i++) { // a minute: the machine may be busy
            if (approval.isDone()) {
                approval.get(); // its failure, if it failed
                throw new AssertionError("the approval ended without waiting for the blocker's lock");
            }
            Integer waiting = jdbc.queryForObject("select count(*) from information_schema.processlist "
                    + "where info like 'insert into report\\_baseline\\_value%'", Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the approval never waited for the blocker's lock");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }
}
