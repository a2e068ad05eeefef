package vn.cds.baocao.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;

/** The entry form in the browserless Vaadin environment: Vietnamese numbers, field messages, save, submit. */
@CdsSpringTest
class ReportFormViewTest extends SpringBrowserlessTest {

    @Autowired
    ReportFixture fixture;
    @Autowired
    ReportRepository reports;

    @Test
    @WithUserDetails("dv.so_gddt")
    void numbersAreTypedAndShownTheVietnameseWayAndBadOnesAreMarkedOnTheField() {
        ReportingPeriod period = fixture.freePeriod("SO_GDDT");
        navigate(ReportFormView.class, period.getId());

        TextField meetings = field("ecabinet_meetings_month");
        test(meetings).setValue("1517");
        assertThat(meetings.getValue()).isEqualTo("1.517");
        assertThat(meetings.isInvalid()).isFalse();

        assertThat(meetings.getHelperText()).as("the change follows what is typed").contains("Kỳ trước", "Tăng");

        TextField email = field("official_email_pct");
        test(email).setValue("12,5abc");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("Không đọc được giá trị này");
        test(email).setValue("100,01");
        assertThat(email.getErrorMessage()).contains("tối đa 100");
        test(email).setValue("94,6");
        assertThat(email.isInvalid()).isFalse();

        TextField meetingsCount = field("ecabinet_meetings_month");
        test(meetingsCount).setValue("12,5");
        assertThat(meetingsCount.getErrorMessage()).contains("số nguyên");
    }

    @Test
    @WithUserDetails("dv.so_khcn")
    void aSaveWithABadValueIsRefusedAndNothingIsStored() {
        ReportingPeriod period = fixture.freePeriod("SO_KHCN");
        navigate(ReportFormView.class, period.getId());
        test(field("dvc_online_rate_pct")).setValue("95");
        test(field("official_email_pct")).setValue("chín mươi");
        test(button("Lưu nháp")).click();

        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Chưa lưu được: có 1 giá trị không hợp lệ"));
        assertThat(report("SO_KHCN", period)).isEmpty();
        assertThat(field("official_email_pct").getValue()).as("the typed text stays").isEqualTo("chín mươi");

        test(field("official_email_pct")).setValue("92,5");
        test(button("Lưu nháp")).click();
        assertThat(report("SO_KHCN", period)).get().extracting(Report::getStatus).isEqualTo(ReportStatus.DRAFT);
        assertThat(field("official_email_pct").getValue()).as("shown as the dashboards print it").isEqualTo("92,50");
    }

    @Test
    @WithUserDetails("dv.so_cong_thuong")
    void submittingAnIncompleteReportMarksTheMissingFields() {
        ReportingPeriod period = fixture.freePeriod("SO_CONG_THUONG");
        navigate(ReportFormView.class, period.getId());
        test(field("dvc_online_rate_pct")).setValue("100");
        test(button("Nộp báo cáo")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Chưa nộp được"));
        assertThat(field("dossier_online_rate_pct").isInvalid()).isTrue();
        assertThat(field("dossier_online_rate_pct").getErrorMessage()).contains("Chưa nhập giá trị");
        assertThat(report("SO_CONG_THUONG", period)).get().extracting(Report::getStatus).isEqualTo(ReportStatus.DRAFT);
    }

    private TextField field(String code) {
        ReportFieldRow row = $(ReportFieldRow.class).all().stream()
                .filter(r -> code.equals(r.getElement().getAttribute("data-indicator"))).findFirst().orElseThrow();
        return $(TextField.class, row).first();
    }

    private Button button(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    private java.util.List<String> notificationTexts() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    private Optional<Report> report(String unitCode, ReportingPeriod period) {
        return reports.findByUnitAndPeriod(fixture.unit(unitCode), period);
    }
}
