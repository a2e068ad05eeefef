package vn.cds.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.ReportForm;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;

/** Two reviewers act on the same report at the same moment: exactly one succeeds, the other is told it changed. */
@CdsSpringTest
class ConcurrentReviewTest {

    @Autowired
    ReportWorkflowService workflow;
    @Autowired
    ReportFixture fixture;
    @Autowired
    SignIn signIn;
    @Autowired
    ReportRepository reports;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void twoApprovalsAtOnce() throws Exception {
        long[] report = submittedReport("SO_NNPTNT");
        List<Object> outcomes = race(() -> workflow.approve(report[0], report[1]),
                () -> workflow.approve(report[0], report[1]));
        assertOneWinnerAndOneToldOfTheChange(outcomes);
        assertThat(reports.findById(report[0]).orElseThrow().getStatus()).isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    void anApprovalAndAReturnAtOnce() throws Exception {
        long[] report = submittedReport("SO_TNMT");
        List<Object> outcomes = race(() -> workflow.approve(report[0], report[1]),
                () -> workflow.returnReport(report[0], report[1], "Thiếu số liệu", Map.of()));
        assertOneWinnerAndOneToldOfTheChange(outcomes);
        assertThat(reports.findById(report[0]).orElseThrow().getStatus())
                .isIn(ReportStatus.APPROVED, ReportStatus.RETURNED);
    }

    private long[] submittedReport(String unit) {
        ReportingPeriod period = fixture.freePeriod(unit);
        signIn.as("dv." + unit.toLowerCase());
        ReportForm draft = workflow.saveDraft(period.getId(), -1, fixture.validInputs(unit, period));
        ReportForm submitted = workflow.submit(draft.reportId(), draft.version());
        signIn.out();
        return new long[] {submitted.reportId(), submitted.version()};
    }

    /** Runs both actions as reviewers, released together; each outcome is "ok" or the exception thrown. */
    private List<Object> race(Runnable first, Runnable second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Runnable action : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    signIn.as("reviewer");
                    start.await();
                    try {
                        action.run();
                        return "ok";
                    } catch (RuntimeException e) {
                        return e;
                    } finally {
                        signIn.out();
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneWinnerAndOneToldOfTheChange(List<Object> outcomes) {
        assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !"ok".equals(o)).singleElement()
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("workflow.concurrentChange"));
    }
}
