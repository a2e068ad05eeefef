package vn.cds.baocao.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.NoFigure;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;

/** The form's "Tình trạng số liệu": a mark empties and disables the number, asks the reason, and can be undone. */
@CdsSpringTest
class NoFigureFormViewTest extends SpringBrowserlessTest {

    private static final String FIELD = "antimalware_installs";

    @Autowired
    ReportFixture fixture;
    @Autowired
    ReportRepository reports;
    @Autowired
    TransactionTemplate transactions;

    @Test
    @WithUserDetails("dv.tt_xtdt_tmdl")
    @SuppressWarnings("unchecked")
    void aMarkDisablesTheNumberAsksTheReasonAndIsStoredOrUndone() {
        ReportingPeriod period = fixture.freePeriod("TT_XTDT_TMDL");
        navigate(ReportFormView.class, period.getId());
        ReportFieldRow row = row(FIELD);
        TextField number = $(TextField.class, row).first();
        Select<NoFigure> mark = $(Select.class, row).first();
        TextField reason = reasonField(row);
        assertThat(reason.isVisible()).isFalse();

        test(number).setValue("25");
        test(mark).selectItem("Không có số liệu");
        assertThat(number.getValue()).isEmpty();
        assertThat(number.isEnabled()).isFalse();
        assertThat(reason.isVisible()).isTrue();

        // the empty choice, captioned "Có số liệu" (the tester selects only the listed items)
        assertThat(mark.getEmptySelectionCaption()).isEqualTo("Có số liệu");
        mark.clear();
        assertThat(number.isEnabled()).isTrue();
        assertThat(number.getValue()).as("undo gives back what was typed").isEqualTo("25");

        test(mark).selectItem("Không phát sinh");
        test(button("Lưu nháp")).click();
        // saved without reason: the draft keeps the mark, the reason field says what is missing
        ReportFieldRow saved = row(FIELD);
        TextField savedReason = reasonField(saved);
        assertThat(savedReason.isInvalid()).isTrue();
        assertThat(savedReason.getErrorMessage()).startsWith("Cần ghi lý do không có số liệu");

        test(savedReason).setValue("Đơn vị không cài mới phần mềm trong kỳ");
        test(button("Lưu nháp")).click();
        transactions.executeWithoutResult(t -> {
            var stored = reports.findByUnitAndPeriod(fixture.unit("TT_XTDT_TMDL"), period).orElseThrow()
                    .getValues().stream().filter(v -> v.getIndicator().getCode().equals(FIELD)).findFirst()
                    .orElseThrow();
            assertThat(stored.getNoFigure()).isEqualTo(NoFigure.NOT_OCCURRED);
            assertThat(stored.getNoFigureReason()).isEqualTo("Đơn vị không cài mới phần mềm trong kỳ");
            assertThat(stored.getNumericValue()).isNull();
        });
        assertThat(reasonField(row(FIELD)).isInvalid()).isFalse();
        assertThat($(TextField.class, row(FIELD)).first().isEnabled()).isFalse();
    }

    private ReportFieldRow row(String code) {
        return $(ReportFieldRow.class).all().stream()
                .filter(r -> code.equals(r.getElement().getAttribute("data-indicator"))).findFirst().orElseThrow();
    }

    private TextField reasonField(ReportFieldRow row) {
        // found in the component tree: the query of the tester skips a hidden field
        List<TextField> fields = row.getChildren().filter(TextField.class::isInstance).map(TextField.class::cast)
                .toList();
        return fields.stream().filter(f -> f.hasClassName("report-field-no-figure-reason")).findFirst().orElseThrow();
    }

    private Button button(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }
}
