package vn.cds.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.period.domain.PeriodStatus;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
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
 * What one workflow action costs the database (issue 9, item 9), counted at the JDBC level: every statement and
 * transaction command the call sends, including the notifications stored after it committed. A count is not a
 * timing: it is the same on any machine. Before the fix a submit sent about 140 statements, mostly the period's
 * catalog loaded row by row; it must stay well under 30, leaving room for a fresh read of the signed-in user.
 *
 * <p>The unit has two approved reports before the measured one, so loading "the previous approved values" is
 * part of every count (a cost that used to grow with the unit's history).
 */
@CdsSpringTest
class WorkflowStatementCountTest {

    private static final String PREFIX = "TEST_WF_SQL";

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
    void removeTheUnit() {
        signIn.out();
        testUnits.remove(PREFIX);
    }

    @Test
    void aSubmitAnApprovalAndADraftSaveEachSendFewStatements() {
        String code = testUnits.create(PREFIX, 1, "DEPARTMENT").getFirst();
        List<ReportingPeriod> oldestFirst = periods.findAllByOrderByYearDescMonthDesc().stream()
                .filter(p -> p.getStatus() == PeriodStatus.OPEN).limit(3).toList().reversed();
        approvedReport(code, oldestFirst.get(0));
        approvedReport(code, oldestFirst.get(1));
        ReportingPeriod period = oldestFirst.get(2);
        Map<Long, FieldInput> inputs = fixture.validInputs(code, period);

        signIn.as(code.toLowerCase());
        Recording<ReportForm> firstSave = SqlStatements.during(() -> workflow.saveDraft(period.getId(), -1, inputs));
        Map<Long, FieldInput> changed = new HashMap<>(inputs);
        Indicator email = fixture.indicator(code, period, "official_email_pct");
        changed.put(email.getId(), FieldInput.of("91"));
        Recording<ReportForm> save = SqlStatements.during(() -> workflow.saveDraft(period.getId(),
                firstSave.result().version(), changed));
        Recording<ReportForm> submit = SqlStatements.during(() -> workflow.submit(save.result().reportId(),
                save.result().version()));
        signIn.as("reviewer");
        Recording<Void> approve = SqlStatements.during(() -> workflow.approve(submit.result().reportId(),
                submit.result().version()));

        int values = inputs.size();
        System.out.printf("%nStatements per action (unit with %d values, two approved reports before): first save %d, "
                + "save of one changed value %d, submit %d, approve %d%n", values, firstSave.count(), save.count(),
                submit.count(), approve.count());
        assertThat(submit.count()).as("a submit (with its notifications): %s", submit).isLessThanOrEqualTo(30);
        assertThat(approve.count()).as("an approval (with its notification): %s", approve).isLessThanOrEqualTo(20);
        assertThat(save.count()).as("saving one changed value of a draft: %s", save).isLessThanOrEqualTo(25);
        assertThat(firstSave.count()).as("the first save of %d values: one insert per value, and %s", values,
                firstSave).isLessThanOrEqualTo(25 + values);
    }

    /**
     * The approval of a report that was returned once, with a note on a value, and corrected: the notes are
     * cleared and the baseline rows of the return are overwritten by key, those of a value removed since deleted.
     */
    @Test
    void theApprovalOfACorrectedReportSendsFewStatementsToo() {
        String code = testUnits.create(PREFIX, 1, "DEPARTMENT").getFirst();
        ReportingPeriod period = periods.findAllByOrderByYearDescMonthDesc().stream()
                .filter(p -> p.getStatus() == PeriodStatus.OPEN).findFirst().orElseThrow();
        Map<Long, FieldInput> inputs = fixture.validInputs(code, period);
        Indicator email = fixture.indicator(code, period, "official_email_pct");
        signIn.as(code.toLowerCase());
        ReportForm draft = workflow.saveDraft(period.getId(), -1, inputs);
        ReportForm submitted = workflow.submit(draft.reportId(), draft.version());
        signIn.as("reviewer");
        workflow.returnReport(submitted.reportId(), submitted.version(), "Kiểm tra lại thư điện tử",
                Map.of(email.getId(), "Tỷ lệ thấp hơn tháng trước?"));
        signIn.as(code.toLowerCase());
        Map<Long, FieldInput> corrected = new HashMap<>(inputs);
        corrected.put(email.getId(), FieldInput.of("92"));
        long version = workflow.form(period.getId()).version();
        ReportForm saved = workflow.saveDraft(period.getId(), version, corrected);
        ReportForm resubmitted = workflow.submit(saved.reportId(), saved.version());
        signIn.as("reviewer");
        Recording<Void> approve = SqlStatements.during(() -> workflow.approve(resubmitted.reportId(),
                resubmitted.version()));

        System.out.printf("%nStatements of the approval of a returned and corrected report: %d%n", approve.count());
        assertThat(approve.count()).as("an approval after a return (with its notification): %s", approve)
                .isLessThanOrEqualTo(20);
    }

    private void approvedReport(String code, ReportingPeriod period) {
        Map<Long, FieldInput> inputs = fixture.validInputs(code, period);
        signIn.as(code.toLowerCase());
        ReportForm draft = workflow.saveDraft(period.getId(), -1, inputs);
        ReportForm submitted = workflow.submit(draft.reportId(), draft.version());
        signIn.as("reviewer");
        workflow.approve(submitted.reportId(), submitted.version());
        signIn.out();
    }
}
