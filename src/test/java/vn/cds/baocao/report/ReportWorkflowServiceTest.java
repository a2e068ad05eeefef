package vn.cds.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.service.ValueParser;
import vn.cds.baocao.period.domain.PeriodStatus;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportAction;
import vn.cds.baocao.report.domain.ReportEventRepository;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.FieldInput;
import vn.cds.baocao.report.service.FormLine;
import vn.cds.baocao.report.service.ReportForm;
import vn.cds.baocao.report.service.ReportHistoryService;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.report.service.TimelineEntry;
import vn.cds.baocao.report.service.ValidationFailedException;
import vn.cds.baocao.review.service.ReviewDetails;
import vn.cds.baocao.review.service.ReviewService;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;

/** The submit → review → approve loop and its rules, at the service layer. */
@CdsSpringTest
class ReportWorkflowServiceTest {

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
    ReportEventRepository events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ReportingPeriodRepository periods;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aDraftMayBePartialAndTheFormShowsWhatIsMissing() {
        ReportingPeriod period = fixture.freePeriod("SO_TU_PHAP");
        signIn.as("dv.so_tu_phap");
        Indicator dvc = fixture.indicator("SO_TU_PHAP", period, "dvc_online_rate_pct");

        ReportForm form = workflow.saveDraft(period.getId(), -1, Map.of(dvc.getId(), FieldInput.of("96,5")));

        assertThat(form.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(line(form, "dvc_online_rate_pct").value()).isEqualTo("96,50"); // printed as everywhere: two decimals
        assertThat(line(form, "dossier_online_rate_pct").issues()).extracting(i -> i.messageKey())
                .containsExactly("value.required");
        assertThat(form.editable()).isTrue();
    }

    @Test
    void unreadableValuesRefuseTheWholeSaveAndKeepWhatWasSaved() {
        ReportingPeriod period = fixture.freePeriod("SO_XAY_DUNG");
        signIn.as("dv.so_xay_dung");
        Indicator dvc = fixture.indicator("SO_XAY_DUNG", period, "dvc_online_rate_pct");
        Indicator email = fixture.indicator("SO_XAY_DUNG", period, "official_email_pct");
        ReportForm saved = workflow.saveDraft(period.getId(), -1, Map.of(dvc.getId(), FieldInput.of("88")));

        Map<Long, FieldInput> bad = Map.of(dvc.getId(), FieldInput.of("99"), email.getId(), FieldInput.of("abc"));
        assertThatThrownBy(() -> workflow.saveDraft(period.getId(), saved.version(), bad))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).getResult().errors())
                        .extracting(i -> i.indicatorId() + " " + i.messageKey())
                        .containsExactly(email.getId() + " value.notANumber"));

        ReportForm after = workflow.form(period.getId());
        assertThat(line(after, "dvc_online_rate_pct").value()).as("nothing half-saved").isEqualTo("88");
        assertThat(after.version()).isEqualTo(saved.version());
    }

    @Test
    void theFullLoopWithReturnResubmissionChangesAndApproval() {
        ReportingPeriod period = fixture.freePeriod("SO_Y_TE");
        Map<Long, FieldInput> values = fixture.validInputs("SO_Y_TE", period);
        Indicator esigned = fixture.indicator("SO_Y_TE", period, "esigned_doc_pct");
        signIn.as("dv.so_y_te");
        ReportForm draft = workflow.saveDraft(period.getId(), -1, values);
        ReportForm submitted = workflow.submit(draft.reportId(), draft.version());
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submitted.editable()).isFalse();
        assertThat(submitted.canWithdraw()).isTrue();

        signIn.as("reviewer");
        ReviewDetails details = review.details(draft.reportId());
        assertThat(details.canApprove()).isTrue();
        assertThatThrownBy(() -> workflow.returnReport(draft.reportId(), details.version(), "  ", Map.of()))
                .isInstanceOf(BusinessException.class).hasMessage("workflow.reason.required");
        workflow.returnReport(draft.reportId(), details.version(), "Tỷ lệ ký số chưa khớp với hệ thống",
                Map.of(esigned.getId(), "Kiểm tra lại số văn bản ký số"));

        signIn.as("dv.so_y_te");
        ReportForm returned = workflow.form(period.getId());
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.reviewReason()).isEqualTo("Tỷ lệ ký số chưa khớp với hệ thống");
        assertThat(line(returned, "esigned_doc_pct").reviewNote()).isEqualTo("Kiểm tra lại số văn bản ký số");
        Map<Long, FieldInput> fixed = new HashMap<>(values);
        // as the review and the history print it (the one formatter), whatever way it was typed
        String oldEsigned = ValueParser.display(esigned,
                ValueParser.parse(esigned, values.get(esigned.getId()).value()).number());
        fixed.put(esigned.getId(), FieldInput.of("91,5"));
        ReportForm corrected = workflow.saveDraft(period.getId(), returned.version(), fixed);
        workflow.submit(corrected.reportId(), corrected.version());

        signIn.as("reviewer");
        ReviewDetails resubmitted = review.details(draft.reportId());
        assertThat(resubmitted.changedCount()).isEqualTo(1);
        assertThat(resubmitted.lines()).filteredOn(l -> l.changedSinceBaseline())
                .extracting(l -> l.baselineValue() + " → " + l.value()).containsExactly(oldEsigned + " → 91,50%");
        workflow.approve(draft.reportId(), resubmitted.version());

        Report approved = reports.findById(draft.reportId()).orElseThrow();
        assertThat(approved.getStatus()).isEqualTo(ReportStatus.APPROVED);
        assertThat(approved.getReviewedBy()).isEqualTo("reviewer");
        List<TimelineEntry> timeline = history.timeline(draft.reportId(), Messages.VIETNAMESE);
        assertThat(timeline).extracting(TimelineEntry::action).containsSubsequence(
                "lập báo cáo", "nộp", "trả lại", "sửa số liệu", "nộp", "phê duyệt");
        assertThat(timeline).filteredOn(e -> "sửa số liệu".equals(e.action()))
                .extracting(e -> e.oldValue() + " → " + e.newValue()).containsExactly(oldEsigned + " → 91,50%");
        assertThat(timeline).filteredOn(e -> "trả lại".equals(e.action()))
                .extracting(TimelineEntry::reason).containsExactly("Tỷ lệ ký số chưa khớp với hệ thống");

        signIn.as("dv.so_y_te");
        ReportForm readOnly = workflow.form(period.getId());
        assertThat(readOnly.editable()).isFalse();
        assertThatThrownBy(() -> workflow.saveDraft(period.getId(), readOnly.version(), fixed))
                .isInstanceOf(BusinessException.class).hasMessage("workflow.readOnly.APPROVED");
    }

    @Test
    void submittingAnIncompleteReportIsRefusedWithTheMissingFields() {
        ReportingPeriod period = fixture.freePeriod("SO_NOI_VU");
        signIn.as("dv.so_noi_vu");
        Indicator dvc = fixture.indicator("SO_NOI_VU", period, "dvc_online_rate_pct");
        ReportForm draft = workflow.saveDraft(period.getId(), -1, Map.of(dvc.getId(), FieldInput.of("100")));
        assertThatThrownBy(() -> workflow.submit(draft.reportId(), draft.version()))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).getResult().errors())
                        .extracting(i -> i.messageKey()).contains("value.required")
                        .doesNotContain("value.notANumber"));
        assertThat(reports.findById(draft.reportId()).orElseThrow().getStatus()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void anUnusualSwingNeedsAnExplanationBeforeSubmission() {
        ReportingPeriod period = fixture.freePeriod("UBND_BU_DANG");
        Map<Long, FieldInput> values = new HashMap<>(fixture.validInputs("UBND_BU_DANG", period));
        Indicator dossier = fixture.indicator("UBND_BU_DANG", period, "dossier_online_rate_pct");
        values.put(dossier.getId(), FieldInput.of("20")); // 87,1 % in the last approved report
        signIn.as("dv.ubnd_bu_dang");
        ReportForm draft = workflow.saveDraft(period.getId(), -1, values);
        assertThat(line(draft, "dossier_online_rate_pct").issues()).extracting(i -> i.messageKey())
                .contains("value.swingPointsDown", "workflow.explanation.required");
        assertThatThrownBy(() -> workflow.submit(draft.reportId(), draft.version()))
                .isInstanceOf(ValidationFailedException.class);

        values.put(dossier.getId(), new FieldInput("20", "Hệ thống một cửa gặp sự cố trong tháng"));
        ReportForm explained = workflow.saveDraft(period.getId(), draft.version(), values);
        assertThat(explained.submissionCheck().errors()).extracting(i -> i.indicatorId() + " " + i.messageKey()).isEmpty();
        assertThat(workflow.submit(explained.reportId(), explained.version()).status()).isEqualTo(ReportStatus.SUBMITTED);

        signIn.as("reviewer");
        assertThat(review.details(draft.reportId()).lines()).filteredOn(l -> l.indicator().getId().equals(dossier.getId()))
                .singleElement().satisfies(l -> {
                    assertThat(l.explanation()).isEqualTo("Hệ thống một cửa gặp sự cố trong tháng");
                    assertThat(l.issues()).extracting(i -> i.messageKey()).containsExactly("value.swingPointsDown");
                });
    }

    @Test
    void crossFieldRulesAndYearToDateAreCheckedBeforeSubmission() {
        ReportingPeriod period = fixture.freePeriod("UBND_LOC_NINH");
        Map<Long, FieldInput> values = new HashMap<>(fixture.validInputs("UBND_LOC_NINH", period));
        Indicator month = fixture.indicator("UBND_LOC_NINH", period, "nvtc_tx_month");
        Indicator ytd = fixture.indicator("UBND_LOC_NINH", period, "nvtc_tx_ytd");
        values.put(month.getId(), FieldInput.of("490"));
        values.put(ytd.getId(), FieldInput.of("400"));
        signIn.as("dv.ubnd_loc_ninh");
        ReportForm draft = workflow.saveDraft(period.getId(), -1, values);
        assertThat(line(draft, "nvtc_tx_ytd").issues()).extracting(i -> i.messageKey()).contains("value.ytdBelowPeriod");
        assertThatThrownBy(() -> workflow.submit(draft.reportId(), draft.version()))
                .isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void aRunningTotalIsThePreviousApprovedTotalPlusThisPeriod() {
        ReportingPeriod period = fixture.freePeriod("UBND_DONG_PHU");
        Indicator month = fixture.indicator("UBND_DONG_PHU", period, "ecabinet_meetings_month");
        Indicator total = fixture.indicator("UBND_DONG_PHU", period, "ecabinet_meetings_total");
        signIn.as("dv.ubnd_dong_phu");
        ReportForm empty = workflow.form(period.getId());
        FormLine totalLine = line(empty, "ecabinet_meetings_total");
        assertThat(totalLine.computed()).isTrue();
        BigDecimal previousTotal = totalLine.previous().number();

        ReportForm saved = workflow.saveDraft(period.getId(), -1,
                Map.of(month.getId(), FieldInput.of("7"), total.getId(), FieldInput.of("999999")));
        assertThat(line(saved, "ecabinet_meetings_total").value())
                .as("typed totals are ignored when an earlier total exists")
                .isEqualTo(vn.cds.baocao.base.format.VnFormat.integer(previousTotal.add(BigDecimal.valueOf(7))));
    }

    @Test
    void aUnitWithoutAnEarlierTotalEntersItsOpeningTotalOnce() {
        String reporter = fixture.newUnitWithReporter("TEST_OPENING_TOTAL", "DISTRICT", null);
        ReportingPeriod period = fixture.freePeriod("TEST_OPENING_TOTAL");
        Indicator month = fixture.indicator("TEST_OPENING_TOTAL", period, "ecabinet_meetings_month");
        Indicator total = fixture.indicator("TEST_OPENING_TOTAL", period, "ecabinet_meetings_total");
        signIn.as(reporter);
        assertThat(line(workflow.form(period.getId()), "ecabinet_meetings_total").openingTotal()).isTrue();

        ReportForm tooSmall = workflow.saveDraft(period.getId(), -1,
                Map.of(month.getId(), FieldInput.of("5"), total.getId(), FieldInput.of("3")));
        assertThat(line(tooSmall, "ecabinet_meetings_total").issues()).extracting(i -> i.messageKey())
                .contains("value.totalBelowPeriod");
        ReportForm opening = workflow.saveDraft(period.getId(), tooSmall.version(),
                Map.of(month.getId(), FieldInput.of("5"), total.getId(), FieldInput.of("1.250")));
        assertThat(line(opening, "ecabinet_meetings_total").value()).isEqualTo("1.250");
        assertThat(line(opening, "ecabinet_meetings_total").issues()).isEmpty();
    }

    @Test
    void aUnitThatEndedReportsNoMoreAfterItsEndDate() {
        String reporter = fixture.newUnitWithReporter("TEST_MERGED_AWAY", "DISTRICT", LocalDate.of(2025, 6, 30));
        ReportingPeriod after = periods.findByYearAndMonth(2025, 8).orElseThrow();
        ReportingPeriod before = periods.findByYearAndMonth(2025, 5).orElseThrow();
        Indicator dvc = fixture.indicator("TEST_MERGED_AWAY", before, "dvc_online_rate_pct");
        signIn.as(reporter);
        assertThatThrownBy(() -> workflow.form(after.getId()))
                .isInstanceOf(BusinessException.class).hasMessage("workflow.unitNotActive");
        assertThatThrownBy(() -> workflow.saveDraft(after.getId(), -1, Map.of(dvc.getId(), FieldInput.of("90"))))
                .isInstanceOf(BusinessException.class).hasMessage("workflow.unitNotActive");
        assertThat(workflow.saveDraft(before.getId(), -1, Map.of(dvc.getId(), FieldInput.of("90"))).status())
                .isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void twoTabsOfOneReporterCannotOverwriteEachOther() {
        ReportingPeriod period = fixture.freePeriod("SO_GTVT");
        signIn.as("dv.so_gtvt");
        Indicator dvc = fixture.indicator("SO_GTVT", period, "dvc_online_rate_pct");
        ReportForm first = workflow.saveDraft(period.getId(), -1, Map.of(dvc.getId(), FieldInput.of("90")));
        ReportForm tabA = workflow.saveDraft(period.getId(), first.version(), Map.of(dvc.getId(), FieldInput.of("91")));
        assertThatThrownBy(() -> workflow.saveDraft(period.getId(), first.version(), Map.of(dvc.getId(), FieldInput.of("92"))))
                .isInstanceOf(BusinessException.class).hasMessage("workflow.concurrentChange");
        assertThatThrownBy(() -> workflow.saveDraft(period.getId(), -1, Map.of(dvc.getId(), FieldInput.of("93"))))
                .as("a second 'new report' tab").isInstanceOf(BusinessException.class)
                .hasMessage("workflow.concurrentChange");
        assertThat(line(workflow.form(period.getId()), "dvc_online_rate_pct").value()).isEqualTo("91");
        assertThat(tabA.version()).isGreaterThan(first.version());
    }

    @Test
    void aReporterReachesOnlyTheirOwnUnitsReports() {
        ReportingPeriod period = fixture.freePeriod("SO_KHDT");
        signIn.as("dv.so_khdt");
        Indicator dvc = fixture.indicator("SO_KHDT", period, "dvc_online_rate_pct");
        ReportForm other = workflow.saveDraft(period.getId(), -1, Map.of(dvc.getId(), FieldInput.of("90")));

        signIn.as("dv.so_khcn");
        assertThatThrownBy(() -> workflow.submit(other.reportId(), other.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.withdraw(other.reportId(), other.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> history.timeline(other.reportId(), Messages.VIETNAMESE)).isInstanceOf(AccessDeniedException.class);
        // the form of a period is always the signed-in reporter's own unit's
        assertThat(workflow.form(period.getId()).unit().getCode()).isEqualTo("SO_KHCN");
        assertThat(reports.findById(other.reportId()).orElseThrow().getStatus()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void aClosedPeriodAcceptsNoNewReportButAReturnedOneCanBeCorrected() {
        ReportingPeriod period = fixture.freePeriod("SO_TAI_CHINH");
        Indicator email = fixture.indicator("SO_TAI_CHINH", period, "official_email_pct");
        setStatus(period, PeriodStatus.CLOSED);
        try {
            signIn.as("dv.so_tai_chinh");
            ReportForm form = workflow.form(period.getId());
            assertThat(form.editable()).isFalse();
            assertThatThrownBy(() -> workflow.saveDraft(period.getId(), -1, Map.of(email.getId(), FieldInput.of("90"))))
                    .isInstanceOf(BusinessException.class).hasMessage("workflow.periodClosed");
            assertThat(reports.findByUnitAndPeriod(fixture.unit("SO_TAI_CHINH"), period)).isEmpty();
        } finally {
            setStatus(period, PeriodStatus.OPEN);
        }
    }

    @Test
    void aReasonIsMandatoryToReopenAndTheReportGoesBackAsReturned() {
        ReportingPeriod period = fixture.freePeriod("SO_VHTTDL");
        Map<Long, FieldInput> values = fixture.validInputs("SO_VHTTDL", period);
        signIn.as("dv.so_vhttdl");
        ReportForm draft = workflow.saveDraft(period.getId(), -1, values);
        ReportForm submitted = workflow.submit(draft.reportId(), draft.version());
        signIn.as("reviewer");
        workflow.approve(draft.reportId(), submitted.version());
        long version = reports.findById(draft.reportId()).orElseThrow().getVersion();
        assertThatThrownBy(() -> workflow.reopen(draft.reportId(), version, null))
                .isInstanceOf(BusinessException.class).hasMessage("workflow.reason.required");
        workflow.reopen(draft.reportId(), version, "Số liệu tháng cần cập nhật theo văn bản mới");
        assertThat(reports.findById(draft.reportId()).orElseThrow().getStatus()).isEqualTo(ReportStatus.RETURNED);
        assertThat(events.findByReportOrderByOccurredAtAscIdAsc(reports.findById(draft.reportId()).orElseThrow()))
                .extracting(e -> e.getAction()).endsWith(ReportAction.REOPEN.name());
    }

    @Test
    void tooLongExplanationsAreRefusedAndMarkupIsKeptAsPlainText() {
        ReportingPeriod period = fixture.freePeriod("BQL_KKT");
        Indicator dvc = fixture.indicator("BQL_KKT", period, "dvc_online_rate_pct");
        signIn.as("dv.bql_kkt");
        assertThatThrownBy(() -> workflow.saveDraft(period.getId(), -1,
                Map.of(dvc.getId(), new FieldInput("95", "x".repeat(10_000)))))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).getResult().errors())
                        .extracting(i -> i.messageKey()).containsExactly("workflow.explanation.tooLong"));
        assertThat(reports.findByUnitAndPeriod(fixture.unit("BQL_KKT"), period)).isEmpty();

        String markup = "<script>alert('x')</script><b>đậm</b>";
        ReportForm saved = workflow.saveDraft(period.getId(), -1, Map.of(dvc.getId(), new FieldInput("95", markup)));
        assertThat(line(saved, "dvc_online_rate_pct").explanation()).isEqualTo(markup);
    }

    @Test
    void leadersNeverSeeTheHistoryOfAReportThatIsNotApproved() {
        ReportingPeriod period = fixture.freePeriod("THANH_TRA_TINH");
        Indicator email = fixture.indicator("THANH_TRA_TINH", period, "official_email_pct");
        signIn.as("dv.thanh_tra_tinh");
        ReportForm draft = workflow.saveDraft(period.getId(), -1, Map.of(email.getId(), FieldInput.of("90")));
        signIn.as("leader");
        assertThatThrownBy(() -> history.timeline(draft.reportId(), Messages.VIETNAMESE)).isInstanceOf(AccessDeniedException.class);
        long approvedSeedReport = reports.findByUnitAndPeriod(fixture.unit("THANH_TRA_TINH"),
                periods.findByYearAndMonth(2024, 7).orElseThrow()).orElseThrow().getId();
        assertThat(history.timeline(approvedSeedReport, Messages.VIETNAMESE)).extracting(TimelineEntry::action)
                .as("the seed report of Tháng 7/2024, as imported").containsExactly("nhập từ báo cáo đã ban hành");
        assertThatThrownBy(() -> review.details(draft.reportId()))
                .isInstanceOfAny(AccessDeniedException.class,
                        org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    private void setStatus(ReportingPeriod period, PeriodStatus status) {
        transactions.executeWithoutResult(t -> {
            ReportingPeriod stored = periods.findById(period.getId()).orElseThrow();
            stored.setStatus(status);
        });
    }

    private static FormLine line(ReportForm form, String code) {
        return form.lines().stream().filter(l -> l.indicator().getCode().equals(code)).findFirst().orElseThrow();
    }
}
