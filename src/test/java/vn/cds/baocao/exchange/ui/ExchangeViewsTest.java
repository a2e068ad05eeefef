package vn.cds.baocao.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.exchange.domain.ApiToken;
import vn.cds.baocao.exchange.domain.ApiTokenRepository;
import vn.cds.baocao.exchange.service.template.ImportProblem;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.security.ui.UsersView;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;

/** The exchange screens without a browser: Excel template download and upload, API tokens, CSV of a grid. */
@CdsSpringTest
class ExchangeViewsTest extends SpringBrowserlessTest {

    private static final AtomicInteger UNITS = new AtomicInteger();

    @Autowired
    ReportFixture fixture;
    @Autowired
    ReportRepository reports;
    @Autowired
    ApiTokenRepository apiTokens;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    @WithUserDetails("reviewer")
    void aReporterDownloadsTheTemplateFillsItAndUploadsItAsADraft() throws Exception {
        String unit = "EXC_VIEW_" + UNITS.incrementAndGet();
        String username = fixture.newUnitWithReporter(unit, "DISTRICT", null);
        ReportingPeriod period = fixture.freePeriod(unit);
        signIn.as(username);
        navigate(ExcelImportView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Object> select = $(com.vaadin.flow.component.select.Select.class)
                .id("import-period");
        select.setValue(select.getListDataView().getItems()
                .filter(p -> ((vn.cds.baocao.exchange.service.template.TemplateService.PeriodChoice) p).id()
                        == period.getId()).findFirst().orElseThrow());

        byte[] template = download("import-template");
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("Số liệu");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).contains(unit);
            for (int r = 6; r <= sheet.getLastRowNum(); r++) {
                if ("dvc_online_rate_pct".equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                    sheet.getRow(r).getCell(6).setCellValue(93.5);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        test($(Upload.class).id("import-upload")).upload("mau-nhap.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filled);
        MockVaadin.clientRoundtrip();

        assertThat($(Div.class).id("import-success").getElement().getTextRecursively())
                .contains("Đã lưu số liệu thành bản nháp");
        assertThat($(Button.class).id("import-open-form").isVisible()).isTrue();
        assertThat(reports.findByUnitAndPeriod(fixture.unit(unit), period).orElseThrow().getStatus())
                .isEqualTo(ReportStatus.DRAFT);

        test($(Upload.class).id("import-upload")).upload("so-lieu.csv", "text/csv",
                "Đơn vị,Số liệu".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();
        assertThat($(Div.class).id("import-error").getElement().getTextRecursively())
                .contains("không phải tệp Excel (.xlsx)");

        byte[] withFormula;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("import-template")))) {
            Sheet sheet = workbook.getSheet("Số liệu");
            sheet.getRow(6).getCell(6).setCellFormula("1+1");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            withFormula = out.toByteArray();
        }
        test($(Upload.class).id("import-upload")).upload("mau-nhap.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", withFormula);
        MockVaadin.clientRoundtrip();
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = $(Grid.class).id("import-problems");
        assertThat(test(problems).size()).isEqualTo(1);
        assertThat(test(problems).getCellText(0, 0)).isEqualTo("Số liệu");
        assertThat(test(problems).getCellText(0, 1)).isEqualTo("7");
        assertThat(test(problems).getCellText(0, 2)).isEqualTo("G");
        String csv = new String(download($(Anchor.class).withClassName("cds-csv-grid-link").first()),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFTrang tính,Dòng,Cột,Chỉ tiêu,Lỗi\r\nSố liệu,7,G,");
    }

    @Test
    @WithUserDetails("reviewer")
    void aReviewerDownloadsTheTemplateOfAllUnits() throws Exception {
        navigate(ExcelImportView.class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("import-template")))) {
            assertThat(workbook.getSheet("1. Dịch vụ công trực tuyến")).isNotNull();
        }
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorIssuesATokenSeesItOnceAndRevokesIt() {
        navigate(ApiTokensView.class);
        long before = apiTokens.count();
        test($(Button.class).id("token-issue")).click();
        test($(TextField.class).id("token-name")).setValue("Hệ thống báo cáo của Bộ KH&CN (thử)");
        test($(Button.class).id("dialog-save")).click();
        String token = $(Div.class).id("token-value").getElement().getTextRecursively();
        assertThat(token).startsWith("cds_").hasSizeGreaterThan(40);
        test($(Button.class).id("token-close")).click();
        assertThat(apiTokens.count()).isEqualTo(before + 1);
        var saved = apiTokens.findAllByOrderByCreatedAtDescIdDesc().stream()
                .filter(t -> t.getName().equals("Hệ thống báo cáo của Bộ KH&CN (thử)")).findFirst().orElseThrow();
        assertThat(saved.getTokenHash()).doesNotContain(token.substring(4, 20));

        @SuppressWarnings("unchecked")
        Grid<ApiToken> grid = $(Grid.class).id("token-grid");
        int row = rowOf(grid, saved.getId());
        assertThat(test(grid).getCellText(row, 0)).isEqualTo("Hệ thống báo cáo của Bộ KH&CN (thử)");
        ((Button) test(grid).getCellComponent(row, "actions")).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(apiTokens.findById(saved.getId()).orElseThrow().isRevoked()).isTrue();
        row = rowOf(grid, saved.getId());
        assertThat(test(grid).getCellComponent(row, "actions")).isNotInstanceOf(Button.class);
        assertThat(test(grid).getCellText(row, 4)).startsWith("Đã thu hồi (admin, ");
    }

    @Test
    @WithUserDetails("admin")
    void everyGridCanBeDownloadedAsCsvWithItsVietnameseHeaders() {
        navigate(UsersView.class);
        String csv = new String(download($(Anchor.class).withClassName("cds-csv-grid-link").first()),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains("reviewer", "leader");
        String header = csv.lines().findFirst().orElseThrow();
        assertThat(header).contains("Tên đăng nhập", "Vai trò").doesNotContain("Thao tác");
        assertThat(csv).contains("Đang hoạt động").doesNotContain("Đặt lại mật khẩu");
    }

    private int rowOf(Grid<ApiToken> grid, long id) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).getId() == id) {
                return i;
            }
        }
        throw new AssertionError("no row for token " + id);
    }

    private byte[] download(String id) {
        return download($(Anchor.class).id(id));
    }

    private byte[] download(Anchor anchor) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(anchor).download(out);
        return out.toByteArray();
    }
}
