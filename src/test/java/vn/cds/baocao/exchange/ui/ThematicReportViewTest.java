package vn.cds.baocao.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.analytics.service.PeriodRef;
import vn.cds.baocao.base.ui.form.VnDatePicker;
import vn.cds.baocao.exchange.service.document.DocumentFormat;
import vn.cds.baocao.shell.ui.AccessDeniedView;
import vn.cds.baocao.support.CdsSpringTest;

/** "Báo cáo chuyên đề" without a browser: one click generates the files in the background, then offers them. */
@CdsSpringTest
class ThematicReportViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("reviewer")
    void oneClickGeneratesTheThreeFilesInTheBackgroundAndOffersThemForDownload() throws Exception {
        navigate(ThematicReportView.class);
        @SuppressWarnings("unchecked")
        Select<PeriodRef> period = $(Select.class).id("thematic-period");
        period.setValue(period.getListDataView().getItems().filter(p -> p.key().equals("2024-07")).findFirst()
                .orElseThrow());
        IntegerField number = $(IntegerField.class).id("thematic-number");
        assertThat(number.getValue()).isEqualTo(7);
        $(VnDatePicker.class).id("thematic-date").setValue(LocalDate.of(2024, 8, 20));
        assertThat(number.getHelperText()).isEqualTo("In trên báo cáo: Số 07/BC-STTTT");
        @SuppressWarnings("unchecked")
        CheckboxGroup<DocumentFormat> formats = $(CheckboxGroup.class).id("thematic-formats");
        assertThat(formats.getValue()).isEqualTo(EnumSet.allOf(DocumentFormat.class));

        Button generate = $(Button.class).id("thematic-generate");
        test(generate).click();
        assertThat(generate.isEnabled()).isFalse();
        assertThat($(ProgressBar.class).id("thematic-progress").isVisible()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ThematicReportView.POLL_MILLIS);
        waitUntilEnabled(generate);

        assertThat($(ProgressBar.class).withId("thematic-progress").exists()).as("progress bar hidden").isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat($(Span.class).id("thematic-step").getText()).startsWith("Đã tạo xong");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download("download-docx")))) {
            assertThat(doc.getTables().getFirst().getRows().stream().map(r -> r.getCell(1).getText()))
                    .contains("TỔNG");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("download-xlsx")))) {
            assertThat(workbook.getSheet("1. Dịch vụ công trực tuyến")).isNotNull();
        }
        PdfReader pdf = new PdfReader(download("download-pdf"));
        assertThat(pdf.getNumberOfPages()).isPositive();
        pdf.close();
        assertThat($(Anchor.class).id("download-pdf").getElement().getTextRecursively())
                .contains("bao-cao-chuyen-de_2024-07.pdf");
    }

    @Test
    @WithUserDetails("reviewer")
    void aRefusedGenerationSaysWhyAndFreesTheButton() throws Exception {
        navigate(ThematicReportView.class);
        $(CheckboxGroup.class).id("thematic-formats").clear();
        Button generate = $(Button.class).id("thematic-generate");
        test(generate).click();
        waitUntilEnabled(generate);
        assertThat($(Div.class).id("thematic-results").getChildren()).isEmpty();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Hãy chọn ít nhất một định dạng tệp.");
    }

    @Test
    @WithUserDetails("leader")
    void leadersMayGenerate() {
        navigate(ThematicReportView.class);
        assertThat($(Button.class).id("thematic-generate").isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails("reporter")
    void aReporterIsRefused() {
        UI.getCurrent().navigate(ThematicReportView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    /** The generation runs on another thread; its UI updates (UI.access) run with the next round trip. */
    private static void waitUntilEnabled(Button button) throws InterruptedException {
        long until = System.currentTimeMillis() + 60_000;
        while (!button.isEnabled() && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip();
        }
        assertThat(button.isEnabled()).as("the generation finished within a minute").isTrue();
    }

    private byte[] download(String id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test($(Anchor.class).id(id)).download(out);
        return out.toByteArray();
    }
}
