package vn.cds.baocao.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.FieldInput;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SeedCsv;
import vn.cds.baocao.support.SignIn;

/**
 * Every demo unit can do its monthly report through the entry form: its reporter types the figures, saves,
 * submits, and a reviewer approves.
 */
@CdsSpringTest
class EveryUnitReportsViewTest extends SpringBrowserlessTest {

    @Autowired
    ReportFixture fixture;
    @Autowired
    ReportWorkflowService workflow;
    @Autowired
    ReportRepository reports;
    @Autowired
    SignIn signIn;

    static Stream<String> unitCodes() {
        return SeedCsv.read("demo/demo_users.csv").stream()
                .filter(u -> u.get("username").startsWith("dv."))
                .map(u -> u.get("unit_code"));
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unitCodes")
    void theUnitsReporterCompletesAndSubmitsTheFormAndAReviewerApproves(String unitCode) {
        ReportingPeriod period = fixture.freePeriod(unitCode);
        Map<Long, FieldInput> values = fixture.validInputs(unitCode, period);
        signIn.as("dv." + unitCode.toLowerCase());
        navigate(ReportFormView.class, period.getId());

        for (ReportFieldRow row : $(ReportFieldRow.class).all()) {
            FieldInput value = values.get(row.indicator().getId());
            if (value != null && !row.isComputed()) {
                test($(TextField.class, row).first()).setValue(value.value());
            }
        }
        test($(Button.class).id("submit-report")).click();
        test($(ConfirmDialog.class).single()).confirm();

        Report report = reports.findByUnitAndPeriod(fixture.unit(unitCode), period).orElseThrow();
        assertThat(report.getStatus()).as("submitted through the form").isEqualTo(ReportStatus.SUBMITTED);
        signIn.as("reviewer");
        workflow.approve(report.getId(), report.getVersion());
        assertThat(reports.findById(report.getId()).orElseThrow().getStatus()).isEqualTo(ReportStatus.APPROVED);
    }
}
