package vn.cds.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.IndicatorRepository;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.FieldInput;
import vn.cds.baocao.report.service.FieldIssue;
import vn.cds.baocao.report.service.FormLine;
import vn.cds.baocao.report.service.PreviousValue;
import vn.cds.baocao.report.service.ReportForm;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.report.service.ValidationFailedException;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;

/**
 * Three value rules at the service layer, each with its message key and arguments: a value below the indicator's
 * minimum, a never-decreasing figure below the approved one of an earlier period, and an unusual swing of a count
 * against the previous period. Each test removes the report it wrote.
 */
@CdsSpringTest
class ValueRulesTest {

    @Autowired
    ReportWorkflowService workflow;
    @Autowired
    ReportFixture fixture;
    @Autowired
    SignIn signIn;
    @Autowired
    ReportRepository reports;
    @Autowired
    IndicatorRepository indicators;

    private Long written;

    @AfterEach
    void removeTheReport() {
        signIn.out();
        if (written != null) {
            reports.deleteById(written);
            written = null;
        }
    }

    /** No indicator of the reference data has a minimum above 0 (negatives have a rule of their own): one is set. */
    @Test
    @Transactional // the minimum and the refused save are rolled back with the test
    void aValueBelowTheIndicatorsMinimumIsRefusedWithTheMinimum() {
        Indicator antimalware = indicators.findByCode("antimalware_installs").orElseThrow();
        antimalware.setLowerBound(new BigDecimal("20"));
        indicators.flush();
        ReportingPeriod period = fixture.freePeriod("CONG_AN_TINH");
        signIn.as("dv.cong_an_tinh");

        assertThatThrownBy(() -> workflow.saveDraft(period.getId(), -1,
                Map.of(antimalware.getId(), FieldInput.of("12"))))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.getResult().errors())
                        .singleElement().satisfies(issue -> {
                            assertThat(issue.indicatorId()).isEqualTo(antimalware.getId());
                            assertThat(issue.messageKey()).isEqualTo("value.belowMin");
                            assertThat(issue.args()).containsExactly("20");
                            assertThat(issue.message(Messages.VIETNAMESE)).isEqualTo("Giá trị phải lớn hơn hoặc bằng 20.");
                        }));
        assertThat(workflow.saveDraft(period.getId(), -1, Map.of(antimalware.getId(), FieldInput.of("20"))).status())
                .as("the minimum itself is accepted").isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void aNeverDecreasingFigureBelowTheLastApprovedOneIsAnErrorNamingItAndItsPeriod() {
        String unit = "UBND_TINH_BINH_PHUOC";
        ReportingPeriod period = fixture.freePeriod(unit);
        Map<Long, FieldInput> values = new HashMap<>(fixture.validInputs(unit, period));
        Indicator completed = fixture.indicator(unit, period, "cert_completed");
        signIn.as("dv.ubnd_tinh_binh_phuoc");
        PreviousValue previous = line(workflow.form(period.getId()), "cert_completed").previous();
        assertThat(previous).as("an approved figure of an earlier period").isNotNull();
        assertThat(previous.number()).isPositive();

        values.put(completed.getId(), FieldInput.of(VnFormat.integer(
                previous.number().subtract(BigDecimal.ONE))));
        ReportForm draft = workflow.saveDraft(period.getId(), -1, values);
        written = draft.reportId();

        assertThat(line(draft, "cert_completed").issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(FieldIssue.Severity.ERROR);
            assertThat(issue.messageKey()).isEqualTo("value.belowPrevious");
            assertThat(issue.args()).containsExactly(VnFormat.integer(previous.number()),
                    previous.period().name());
        });
        assertThatThrownBy(() -> workflow.submit(draft.reportId(), draft.version()))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.getResult().errors())
                        .extracting(FieldIssue::messageKey).containsExactly("value.belowPrevious"));
    }

    @Test
    void aCountMoreThanThresholdTimesThePreviousOneAndPastTheFloorIsAWarningNamingBoth() {
        String unit = "BAN_DAN_TOC";
        ReportingPeriod period = fixture.freePeriod(unit);
        Map<Long, FieldInput> values = new HashMap<>(fixture.validInputs(unit, period));
        Indicator antimalware = fixture.indicator(unit, period, "antimalware_installs");
        assertThat(antimalware.getSwingThreshold()).isEqualByComparingTo("3");
        BigDecimal floor = antimalware.getSwingFloor();
        assertThat(floor).as("062 sets a floor").isEqualByComparingTo("100");
        signIn.as("dv.ban_dan_toc");
        PreviousValue previous = line(workflow.form(period.getId()), "antimalware_installs").previous();
        assertThat(previous).as("an approved figure of an earlier period").isNotNull();
        assertThat(previous.number()).isPositive().isLessThan(floor);

        BigDecimal fourTimes = previous.number().multiply(BigDecimal.valueOf(4));
        values.put(antimalware.getId(), FieldInput.of(VnFormat.integer(fourTimes)));
        ReportForm small = workflow.saveDraft(period.getId(), -1, values);
        written = small.reportId();
        assertThat(line(small, "antimalware_installs").issues()).as("four times, but by less than the floor")
                .filteredOn(i -> i.messageKey().startsWith("value.")).isEmpty();

        BigDecimal past = fourTimes.add(floor);
        values.put(antimalware.getId(), FieldInput.of(VnFormat.integer(past)));
        ReportForm draft = workflow.saveDraft(period.getId(), small.version(), values);

        assertThat(line(draft, "antimalware_installs").issues()).filteredOn(i -> i.messageKey().startsWith("value."))
                .singleElement().satisfies(issue -> {
                    assertThat(issue.severity()).isEqualTo(FieldIssue.Severity.WARNING);
                    assertThat(issue.messageKey()).isEqualTo("value.swingUp");
                    assertThat(issue.message(Messages.VIETNAMESE)).isEqualTo("Tăng từ "
                            + VnFormat.integer(previous.number()) + " lên " + VnFormat.integer(past) + " (+"
                            + VnFormat.integer(past.subtract(previous.number())) + "; gấp "
                            + VnFormat.number(past.divide(previous.number(), 1, java.math.RoundingMode.HALF_UP), 1)
                            + " lần) so với " + previous.period().label(Messages.VIETNAMESE)
                            + " — vui lòng giải trình trước khi nộp.");
                });
        assertThat(draft.submissionCheck().errors()).extracting(FieldIssue::messageKey)
                .as("a warning needs an explanation, it is no error itself").containsExactly("workflow.explanation.required");
    }

    private static FormLine line(ReportForm form, String code) {
        return form.lines().stream().filter(l -> l.indicator().getCode().equals(code)).findFirst().orElseThrow();
    }
}
