package vn.cds.baocao.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;

/**
 * An explanation pasted over 1.000 characters is not cut silently by the browser: the field counts the
 * characters, says it is too long, and the save is refused with that sentence; nothing is stored.
 */
@CdsSpringTest
class ExplanationLengthTest extends SpringBrowserlessTest {

    @Autowired
    ReportFixture fixture;
    @Autowired
    ReportRepository reports;

    @Test
    @WithUserDetails("dv.so_khcn")
    void aTooLongExplanationIsCountedMarkedAndRefusedNotCut() {
        ReportingPeriod period = fixture.freePeriod("SO_KHCN");
        navigate(ReportFormView.class, period.getId());
        TextArea explanation = explanation("dvc_online_rate_pct");
        assertThat(explanation.getMaxLength()).as("no limit the browser would enforce by cutting").isZero();
        assertThat(explanation.getHelperText()).isEqualTo("0/1.000 ký tự");

        test(field("dvc_online_rate_pct")).setValue("95");
        // what the browser sends when 1.600 characters are pasted (the box shows once a warning asks for it)
        explanation.setValue("Giải trình dài. ".repeat(100));
        assertThat(explanation.getValue()).as("kept whole").hasSize(1600);
        assertThat(explanation.getHelperText()).isEqualTo("1.599/1.000 ký tự"); // the last space does not count
        assertThat(explanation.isInvalid()).isTrue();
        assertThat(explanation.getErrorMessage()).isEqualTo("Giải trình quá dài: tối đa 1.000 ký tự.");

        test($(Button.class).id("save-draft")).click();
        assertThat($(Notification.class).all()).anySatisfy(n -> assertThat(test(n).getText())
                .startsWith("Chưa lưu được"));
        assertThat(reports.findByUnitAndPeriod(fixture.unit("SO_KHCN"), period)).as("nothing stored").isEmpty();
        assertThat(explanation.getErrorMessage()).isEqualTo("Giải trình quá dài: tối đa 1.000 ký tự.");
        assertThat(field("dvc_online_rate_pct").isInvalid()).as("the value itself is fine").isFalse();

        explanation.setValue("Giải trình ngắn.");
        assertThat(explanation.isInvalid()).isFalse();
        assertThat(explanation.getHelperText()).isEqualTo("16/1.000 ký tự");
    }

    private ReportFieldRow row(String code) {
        return $(ReportFieldRow.class).all().stream()
                .filter(r -> code.equals(r.getElement().getAttribute("data-indicator"))).findFirst().orElseThrow();
    }

    private TextField field(String code) {
        return $(TextField.class, row(code)).first();
    }

    /** Also while it is hidden (it shows once a warning asks for an explanation). */
    private TextArea explanation(String code) {
        return row(code).getChildren().filter(TextArea.class::isInstance).map(TextArea.class::cast).findFirst()
                .orElseThrow();
    }
}
