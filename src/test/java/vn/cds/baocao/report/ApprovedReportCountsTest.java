package vn.cds.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.cds.baocao.period.domain.PeriodStatus;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.report.service.ApprovedFigures;
import vn.cds.baocao.report.service.FieldInput;
import vn.cds.baocao.report.service.ReportForm;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;
import vn.cds.baocao.support.SqlStatements;
import vn.cds.baocao.support.SqlStatements.Recording;
import vn.cds.baocao.support.TestUnits;

/**
 * The approved reports per period (every screen's period list) are counted once per HTTP request, not each time a
 * screen asks while it builds (issue 14), and counted again after an approval in the same request.
 */
@CdsSpringTest
class ApprovedReportCountsTest {

    private static final String PREFIX = "TEST_APPROVED_COUNTS";

    @Autowired
    ApprovedFigures figures;
    @Autowired
    ReportWorkflowService workflow;
    @Autowired
    ReportFixture fixture;
    @Autowired
    TestUnits testUnits;
    @Autowired
    SignIn signIn;
    @Autowired
    ReportingPeriodRepository periods;

    @AfterEach
    void cleanUp() {
        RequestContextHolder.resetRequestAttributes();
        signIn.out();
        testUnits.remove(PREFIX);
    }

    @Test
    void oneRequestCountsOnceUntilAReportChangesStatus() {
        String code = testUnits.create(PREFIX, 1, "DEPARTMENT").getFirst();
        ReportingPeriod period = periods.findAllByOrderByYearDescMonthDesc().stream()
                .filter(p -> p.getStatus() == PeriodStatus.OPEN).findFirst().orElseThrow();
        Map<Long, FieldInput> inputs = fixture.validInputs(code, period);
        signIn.as(code.toLowerCase());
        ReportForm draft = workflow.saveDraft(period.getId(), -1, inputs);
        ReportForm submitted = workflow.submit(draft.reportId(), draft.version());

        Recording<?> noRequest = SqlStatements.during(() -> {
            figures.approvedReportCounts();
            figures.approvedReportCounts();
        });
        assertThat(counts(noRequest)).as("outside a request (jobs): counted each time").isEqualTo(2);

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        Recording<Map<Long, Long>> before = SqlStatements.during(() -> {
            figures.approvedReportCounts();
            return figures.approvedReportCounts();
        });
        assertThat(counts(before)).as("one request: %s", before).isEqualTo(1);

        signIn.as("reviewer");
        workflow.approve(submitted.reportId(), submitted.version());
        Recording<Map<Long, Long>> after = SqlStatements.during(() -> figures.approvedReportCounts());
        assertThat(counts(after)).as("after an approval in the same request").isEqualTo(1);
        assertThat(after.result().getOrDefault(period.getId(), 0L))
                .isEqualTo(before.result().getOrDefault(period.getId(), 0L) + 1);

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(counts(SqlStatements.during(() -> figures.approvedReportCounts()))).as("the next request")
                .isEqualTo(1);
    }

    private static long counts(Recording<?> recording) {
        return recording.statements().stream().filter(s -> s.sql().contains("GROUP BY period_id")).count();
    }
}
