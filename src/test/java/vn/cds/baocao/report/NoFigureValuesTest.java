package vn.cds.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.NoFigure;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.domain.ReportValue;
import vn.cds.baocao.report.service.FieldInput;
import vn.cds.baocao.report.service.FieldIssue;
import vn.cds.baocao.report.service.FormLine;
import vn.cds.baocao.report.service.NoFigureMark;
import vn.cds.baocao.report.service.ReportForm;
import vn.cds.baocao.report.service.ReportHistoryService;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.report.service.TimelineEntry;
import vn.cds.baocao.report.service.ValidationFailedException;
import vn.cds.baocao.review.service.ReviewDetails;
import vn.cds.baocao.review.service.ReviewLine;
import vn.cds.baocao.review.service.ReviewService;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;

/** "Không phát sinh / không có số liệu" with a reason instead of an invented figure, through the workflow. */
@CdsSpringTest
class NoFigureValuesTest {

    private static final String REASON = "Tỉnh không còn thu thập chỉ tiêu này";

    @Autowired
    ReportWorkflowService workflow;
    @Autowired
    ReviewService review;
    @Autowired
    ReportHistoryService history;
    @Autowired
    ReportFixture fixture;
    @Autowired
    SignIn signIn;
    @Autowired
    ReportRepository reports;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aMarkWithAReasonIsStoredSatisfiesARequiredFieldAndTheReviewerSeesIt() {
        ReportingPeriod period = fixture.freePeriod("TT_XTDT_TMDL");
        Indicator antimalware = fixture.indicator("TT_XTDT_TMDL", period, "antimalware_installs");
        Map<Long, FieldInput> values = new HashMap<>(fixture.validInputs("TT_XTDT_TMDL", period));
        values.put(antimalware.getId(), FieldInput.noFigure(NoFigure.NOT_AVAILABLE, "  " + REASON + " "));
        signIn.as("dv.tt_xtdt_tmdl");

        ReportForm draft = workflow.saveDraft(period.getId(), -1, values);
        FormLine line = line(draft, "antimalware_installs");
        assertThat(line.value()).isEmpty();
        assertThat(line.noFigure()).isEqualTo(new NoFigureMark(NoFigure.NOT_AVAILABLE, REASON));
        assertThat(line.issues()).isEmpty();
        ReportForm submitted = workflow.submit(draft.reportId(), draft.version());
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        transactions.executeWithoutResult(t -> {
            ReportValue stored = reports.findById(draft.reportId()).orElseThrow().valueOf(antimalware).orElseThrow();
            assertThat(stored.getNumericValue()).isNull();
            assertThat(stored.getTextValue()).isNull();
            assertThat(stored.getNoFigure()).isEqualTo(NoFigure.NOT_AVAILABLE);
            assertThat(stored.getNoFigureReason()).isEqualTo(REASON);
        });

        signIn.as("reviewer");
        ReviewDetails details = review.details(draft.reportId());
        ReviewLine reviewed = details.lines().stream()
                .filter(l -> l.indicator().getCode().equals("antimalware_installs")).findFirst().orElseThrow();
        assertThat(reviewed.noFigure().text(Messages.VIETNAMESE)).isEqualTo("Không có số liệu (" + REASON + ")");
        assertThat(reviewed.issues()).isEmpty();
        assertThat(details.canApprove()).isTrue();
    }

    @Test
    void aMarkWithoutReasonMayWaitInADraftButIsRefusedAtSubmissionWithAClearMessage() {
        ReportingPeriod period = fixture.freePeriod("VP_UBND_TINH");
        Indicator antimalware = fixture.indicator("VP_UBND_TINH", period, "antimalware_installs");
        Map<Long, FieldInput> values = new HashMap<>(fixture.validInputs("VP_UBND_TINH", period));
        String figure = values.get(antimalware.getId()).value();
        values.put(antimalware.getId(), FieldInput.noFigure(NoFigure.NOT_OCCURRED, " "));
        signIn.as("dv.vp_ubnd_tinh");

        ReportForm draft = workflow.saveDraft(period.getId(), -1, values);
        assertThat(line(draft, "antimalware_installs").issues()).extracting(FieldIssue::messageKey)
                .containsExactly("value.noFigure.reasonRequired");
        assertThatThrownBy(() -> workflow.submit(draft.reportId(), draft.version()))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).getResult().errors())
                        .extracting(i -> i.message(Messages.VIETNAMESE))
                        .containsExactly("Cần ghi lý do không có số liệu (bắt buộc khi nộp báo cáo)."));
        assertThat(reports.findById(draft.reportId()).orElseThrow().getStatus()).isEqualTo(ReportStatus.DRAFT);

        // undo: a figure instead of the mark
        values.put(antimalware.getId(), FieldInput.of(figure));
        ReportForm corrected = workflow.saveDraft(period.getId(), draft.version(), values);
        assertThat(line(corrected, "antimalware_installs").noFigure()).isNull();
        assertThat(line(corrected, "antimalware_installs").value()).isEqualTo(figure);
        assertThat(workflow.submit(corrected.reportId(), corrected.version()).status())
                .isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void aMarkBesideANumberOrWithATooLongReasonIsRefusedAndNothingIsStored() {
        ReportingPeriod period = fixture.freePeriod("TT_XTDT_TMDL");
        Indicator antimalware = fixture.indicator("TT_XTDT_TMDL", period, "antimalware_installs");
        signIn.as("dv.tt_xtdt_tmdl");

        assertThatThrownBy(() -> workflow.saveDraft(period.getId(), -1, Map.of(antimalware.getId(),
                new FieldInput("12", null, NoFigure.NOT_OCCURRED, REASON))))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).getResult().errors())
                        .extracting(FieldIssue::messageKey).containsExactly("workflow.noFigure.withValue"));
        assertThatThrownBy(() -> workflow.saveDraft(period.getId(), -1, Map.of(antimalware.getId(),
                FieldInput.noFigure(NoFigure.NOT_OCCURRED, "x".repeat(NoFigure.MAX_REASON_LENGTH + 1)))))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).getResult().errors())
                        .extracting(FieldIssue::messageKey).containsExactly("workflow.noFigure.reasonTooLong"));
        assertThat(reports.findByUnitAndPeriod(fixture.unit("TT_XTDT_TMDL"), period)).isEmpty();
    }

    @Test
    void theHistoryOfAResubmittedReportSaysNoFigureNotZero() {
        ReportingPeriod period = fixture.freePeriod("VP_UBND_TINH");
        Indicator antimalware = fixture.indicator("VP_UBND_TINH", period, "antimalware_installs");
        Map<Long, FieldInput> values = new HashMap<>(fixture.validInputs("VP_UBND_TINH", period));
        signIn.as("dv.vp_ubnd_tinh");
        ReportForm draft = workflow.saveDraft(period.getId(), -1, values);
        ReportForm submitted = workflow.submit(draft.reportId(), draft.version());
        signIn.as("reviewer");
        workflow.returnReport(draft.reportId(), review.details(draft.reportId()).version(), "Số cài đặt chưa đúng",
                Map.of());

        signIn.as("dv.vp_ubnd_tinh");
        values.put(antimalware.getId(), FieldInput.noFigure(NoFigure.NOT_AVAILABLE, REASON));
        ReportForm corrected = workflow.saveDraft(period.getId(), workflow.form(period.getId()).version(), values);
        assertThat(corrected.version()).isGreaterThan(submitted.version());
        List<TimelineEntry> timeline = history.timeline(draft.reportId(), Messages.VIETNAMESE);
        assertThat(timeline).filteredOn(e -> "sửa số liệu".equals(e.action()))
                .extracting(TimelineEntry::newValue).containsExactly("Không có số liệu (" + REASON + ")");
    }

    private static FormLine line(ReportForm form, String code) {
        return form.lines().stream().filter(l -> l.indicator().getCode().equals(code)).findFirst().orElseThrow();
    }
}
