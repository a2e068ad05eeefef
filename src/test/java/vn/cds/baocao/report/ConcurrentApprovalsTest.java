package vn.cds.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.ReportForm;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;
import vn.cds.baocao.support.TestUnits;

/**
 * Reviewers approving many reports at the same time (issue 9, item 8): approvals of different reports must never
 * fail each other. Before the fix, 2 of 35 parallel approvals died of an InnoDB deadlock on the baseline rows.
 */
@CdsSpringTest
class ConcurrentApprovalsTest {

    private static final String PREFIX = "TEST_WF_PAR";
    private static final int REPORTS = 35;
    private static final int THREADS = 8;

    @Autowired
    ReportWorkflowService workflow;
    @Autowired
    ReportFixture fixture;
    @Autowired
    TestUnits testUnits;
    @Autowired
    SignIn signIn;
    @Autowired
    ReportRepository reports;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheUnits() {
        signIn.out();
        testUnits.remove(PREFIX);
    }

    @Test
    void thirtyFiveApprovalsFromEightThreadsAllSucceedOnce() throws Exception {
        List<String> codes = testUnits.create(PREFIX, REPORTS, "DEPARTMENT");
        ReportingPeriod period = fixture.freePeriod(codes.getFirst());
        List<long[]> submitted = new ArrayList<>();
        for (String code : codes) {
            submitted.add(submit(code, period));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (long[] report : submitted) {
                futures.add(pool.submit(() -> {
                    signIn.as("reviewer");
                    try {
                        start.await();
                        workflow.approve(report[0], report[1]);
                    } catch (Throwable e) {
                        failures.add(e);
                    } finally {
                        signIn.out();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(failures).as("approvals that failed").isEmpty();
        for (long[] report : submitted) {
            long id = report[0];
            assertThat(reports.findById(id).orElseThrow().getStatus()).isEqualTo(ReportStatus.APPROVED);
            assertThat(jdbc.queryForObject("select count(*) from report_event where report_id = ? and action = 'APPROVE'",
                    Integer.class, id)).as("APPROVE events of report %d", id).isEqualTo(1);
            assertThat(rows("report_baseline_value", id)).as("baseline of report %d", id)
                    .isNotEmpty().isEqualTo(rows("report_value", id));
        }
    }

    /** A complete report of the unit, saved and submitted by its reporter: {id, version}. */
    private long[] submit(String code, ReportingPeriod period) {
        signIn.as(code.toLowerCase());
        try {
            ReportForm draft = workflow.saveDraft(period.getId(), -1, fixture.validInputs(code, period));
            ReportForm form = workflow.submit(draft.reportId(), draft.version());
            return new long[] {form.reportId(), form.version()};
        } finally {
            signIn.out();
        }
    }

    /** The report's figures in the table, as "indicator=number|text", in indicator order. */
    private List<String> rows(String table, long reportId) {
        return jdbc.query("select indicator_id, numeric_value, text_value from " + table
                        + " where report_id = ? order by indicator_id",
                (rs, i) -> rs.getLong(1) + "=" + rs.getBigDecimal(2) + "|" + rs.getString(3), reportId);
    }
}
