package vn.cds.baocao.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cds.baocao.exchange.TemplateFiles.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cds.baocao.exchange.service.template.ImportProblem;
import vn.cds.baocao.exchange.service.template.ImportRejectedException;
import vn.cds.baocao.exchange.service.template.TemplateService;
import vn.cds.baocao.exchange.service.template.TemplateService.ImportResult;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.service.ValueParser;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.FieldInput;
import vn.cds.baocao.report.service.FormLine;
import vn.cds.baocao.report.service.ReportForm;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;

/**
 * The Excel template of a unit: download, fill with POI, upload, and the same values are in the draft; every kind
 * of bad file or bad cell is refused with a Vietnamese reason and nothing is saved.
 */
@CdsSpringTest
class TemplateImportTest {

    private static final AtomicInteger UNITS = new AtomicInteger();

    @Autowired
    TemplateService templates;
    @Autowired
    ReportWorkflowService workflow;
    @Autowired
    ReportFixture fixture;
    @Autowired
    ReportRepository reports;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void roundTripTheTemplateFilledProgrammaticallyBecomesTheSameDraft() throws Exception {
        String unit = newUnit();
        ReportingPeriod period = fixture.freePeriod(unit);
        Map<Long, FieldInput> values = fixture.validInputs(unit, period);
        signIn.as(unit.toLowerCase());
        byte[] template = templates.unitTemplate(period.getId()).content();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("Số liệu");
            assertThat(sheet.isColumnHidden(0)).as("indicator codes in a hidden column").isTrue();
            assertThat(sheet.getProtect()).isTrue();
            assertThat(workbook.getSheetVisibility(workbook.getSheetIndex("_cds"))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(unitRow(sheet, "dvc_online_rate_pct").getCell(4).getStringCellValue()).isEqualTo("%");
            // a rate cell keeps Excel's General format, so "54,2%" typed there becomes a percent cell the import scales
            assertThat(unitRow(sheet, "dvc_online_rate_pct").getCell(UNIT_VALUE).getCellStyle().getDataFormatString())
                    .isEqualTo("General");
            assertThat(unitRow(sheet, "dvc_online_rate_pct").getCell(UNIT_VALUE).getCellStyle().getLocked()).isFalse();
            assertThat(unitRow(sheet, "dvc_online_rate_pct").getCell(3).getCellStyle().getLocked()).isTrue();
        }
        AtomicInteger typedAsText = new AtomicInteger();
        byte[] filled = edit(template, workbook -> {
            Sheet sheet = workbook.getSheet("Số liệu");
            values.forEach((indicatorId, input) -> {
                Indicator indicator = fixture.indicator(unit, period, code(indicatorId));
                Row row = unitRow(sheet, indicator.getCode());
                // half the figures as numbers, half typed as Vietnamese text ("1.517", "54,2")
                if (typedAsText.incrementAndGet() % 2 == 0) {
                    cell(row, UNIT_VALUE).setCellValue(input.value());
                } else {
                    cell(row, UNIT_VALUE).setCellValue(ValueParser.parse(indicator, input.value()).number()
                            .doubleValue());
                }
            });
        });

        ImportResult result = templates.importFile(period.getId(), "mau-nhap.xlsx", filled);

        assertThat(result.savedUnits()).containsExactly("ĐV " + unit);
        ReportForm form = workflow.form(period.getId());
        assertThat(form.status()).isEqualTo(ReportStatus.DRAFT);
        Map<Long, String> saved = new HashMap<>();
        form.lines().forEach(line -> saved.put(line.indicator().getId(), line.value()));
        values.forEach((indicatorId, input) -> assertThat(saved.get(indicatorId)).as("indicator " + indicatorId)
                .isEqualTo(input.value()));
        assertThat(typedAsText.get()).isGreaterThan(4);

        // a second download holds the saved draft: uploading it unchanged changes nothing
        byte[] again = templates.unitTemplate(period.getId()).content();
        templates.importFile(period.getId(), "mau-nhap.xlsx", again);
        ReportForm after = workflow.form(period.getId());
        after.lines().forEach(line -> assertThat(line.value()).isEqualTo(saved.get(line.indicator().getId())));
    }

    @Test
    void percentagesTypedWithAPercentSignAndExplanationsAreRead() {
        String unit = newUnit();
        ReportingPeriod period = fixture.freePeriod(unit);
        signIn.as(unit.toLowerCase());
        byte[] filled = edit(templates.unitTemplate(period.getId()).content(), workbook -> {
            Sheet sheet = workbook.getSheet("Số liệu");
            cell(unitRow(sheet, "dvc_online_rate_pct"), UNIT_VALUE).setCellValue("54,2%");
            // what Excel stores when "72,5%" is typed into a cell: 0,725 with a percent format
            org.apache.poi.ss.usermodel.Cell typed = cell(unitRow(sheet, "dossier_online_rate_pct"), UNIT_VALUE);
            typed.setCellValue(0.725);
            org.apache.poi.ss.usermodel.CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            typed.setCellStyle(percent);
            cell(unitRow(sheet, "dossier_online_rate_pct"), UNIT_EXPLANATION).setCellValue("Triển khai một cửa điện tử mới");
        });
        templates.importFile(period.getId(), "mau.xlsx", filled);
        ReportForm form = workflow.form(period.getId());
        assertThat(line(form, "dvc_online_rate_pct").value()).isEqualTo("54,2");
        assertThat(line(form, "dossier_online_rate_pct").value()).isEqualTo("72,5");
        assertThat(line(form, "dossier_online_rate_pct").explanation()).isEqualTo("Triển khai một cửa điện tử mới");
    }

    @Test
    void badCellsAreListedBySheetRowColumnAndIndicatorAndNothingIsSaved() {
        String unit = newUnit();
        ReportingPeriod period = fixture.freePeriod(unit);
        signIn.as(unit.toLowerCase());
        int[] rows = new int[3];
        byte[] filled = edit(templates.unitTemplate(period.getId()).content(), workbook -> {
            Sheet sheet = workbook.getSheet("Số liệu");
            Row dvc = unitRow(sheet, "dvc_online_rate_pct");
            cell(dvc, UNIT_VALUE).setCellValue(150);
            Row dossiers = unitRow(sheet, "dossier_online_rate_pct");
            cell(dossiers, UNIT_VALUE).setCellFormula("40+50");
            Row signed = unitRow(sheet, "esigned_doc_pct");
            cell(signed, UNIT_VALUE).setCellValue("nhiều");
            cell(unitRow(sheet, "qlvb_doc_pct"), UNIT_VALUE).setCellValue(90);
            rows[0] = dvc.getRowNum() + 1;
            rows[1] = dossiers.getRowNum() + 1;
            rows[2] = signed.getRowNum() + 1;
        });

        assertThatThrownBy(() -> templates.importFile(period.getId(), "mau.xlsx", filled))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.getLocalizedMessage()).isEqualTo(
                            "Chưa lưu số liệu nào: tệp có 3 lỗi. Hãy sửa trong tệp Excel rồi tải lên lại.");
                    assertThat(e.getProblems()).extracting(ImportProblem::sheet, ImportProblem::row,
                            ImportProblem::column, ImportProblem::indicator, ImportProblem::message)
                            .containsExactlyInAnyOrder(
                                    org.assertj.core.groups.Tuple.tuple("Số liệu", rows[0], "G",
                                            "Tỷ lệ DVCTT phát sinh hồ sơ trực tuyến",
                                            "Giá trị vượt quá giới hạn cho phép (tối đa 100)."),
                                    org.assertj.core.groups.Tuple.tuple("Số liệu", rows[1], "G",
                                            "Tỷ lệ hồ sơ xử lý trực tuyến",
                                            "Ô chứa công thức. Hãy nhập giá trị (hoặc sao chép rồi \"Dán đặc biệt → Giá trị\")."),
                                    org.assertj.core.groups.Tuple.tuple("Số liệu", rows[2], "G",
                                            "Tỷ lệ văn bản điện tử được ký số",
                                            ValueParser.parse(fixture.indicator(unit, period, "esigned_doc_pct"),
                                                    "nhiều").errorMessage()));
                });
        assertThat(reports.findByUnitAndPeriod(fixture.unit(unit), period)).as("all or nothing").isEmpty();
    }

    @Test
    void theBadFileMatrixIsRefusedWithClearReasons() throws Exception {
        String unit = newUnit();
        String other = newUnit();
        ReportingPeriod period = fixture.freePeriod(unit);
        signIn.as(other.toLowerCase());
        byte[] otherTemplate = templates.unitTemplate(period.getId()).content();
        signIn.as(unit.toLowerCase());
        byte[] template = templates.unitTemplate(period.getId()).content();
        long id = period.getId();

        refused(id, "so-lieu.csv", "Đơn vị,Số liệu\nA,1\n".getBytes(), "exchange.import.notXlsx");
        refused(id, "so-lieu.xlsx", "%PDF-1.4 không phải Excel".getBytes(), "exchange.import.notXlsx");
        refused(id, "so-lieu.xlsx", docx(), "exchange.import.notXlsx");
        refused(id, "so-lieu.xls", xls(), "exchange.import.oldXls");
        refused(id, "so-lieu.xlsx", xls(), "exchange.import.oldXls");
        refused(id, "so-lieu.xlsm", template, "exchange.import.macro");
        refused(id, "so-lieu.xlsx", withEntry(template, "xl/vbaProject.bin", new byte[] {1, 2, 3}),
                "exchange.import.macro");
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(template, 0, huge, 0, template.length);
        refused(id, "so-lieu.xlsx", huge, "exchange.import.tooLarge");
        refused(id, "so-lieu.xlsx", new byte[0], "exchange.import.empty");
        refused(id, "so-lieu.xlsx", plainWorkbook(), "exchange.import.notTemplate");
        refused(id, "so-lieu.xlsx", edit(template, w -> w.getSheet("_cds").getRow(1).getCell(1).setCellValue("0")),
                "exchange.import.oldTemplate");
        refused(periodBefore(period).getId(), "so-lieu.xlsx", template, "exchange.import.wrongPeriod");
        refused(id, "so-lieu.xlsx", otherTemplate, "exchange.import.otherUnit");

        byte[] extraRow = edit(template, workbook -> {
            Sheet sheet = workbook.getSheet("Số liệu");
            Row row = sheet.createRow(sheet.getLastRowNum() + 3);
            row.createCell(UNIT_CODE).setCellValue("chi_tieu_them");
            row.createCell(3).setCellValue("Chỉ tiêu tự thêm");
            row.createCell(UNIT_VALUE).setCellValue(5);
        });
        assertThatThrownBy(() -> templates.importFile(id, "so-lieu.xlsx", extraRow))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getProblems())
                        .extracting(ImportProblem::messageKey)
                        .contains("exchange.import.tooManyRows", "exchange.import.row.unknownIndicator"));
        assertThat(reports.findByUnitAndPeriod(fixture.unit(unit), period)).isEmpty();
    }

    @Test
    void aSubmittedReportIsNeverOverwrittenAndAReportChangedSinceTheDownloadIsNotEither() {
        String unit = newUnit();
        ReportingPeriod period = fixture.freePeriod(unit);
        Map<Long, FieldInput> values = fixture.validInputs(unit, period);
        signIn.as(unit.toLowerCase());
        byte[] before = templates.unitTemplate(period.getId()).content();
        ReportForm draft = workflow.saveDraft(period.getId(), -1, values);
        refused(period.getId(), "mau.xlsx", before, "exchange.import.changedSinceDownload");

        workflow.submit(draft.reportId(), draft.version());
        byte[] current = templates.unitTemplate(period.getId()).content();
        byte[] changed = edit(current, w -> cell(unitRow(w.getSheet("Số liệu"), "dvc_online_rate_pct"), UNIT_VALUE)
                .setCellValue(12));
        refused(period.getId(), "mau.xlsx", changed, "workflow.readOnly.SUBMITTED");
        assertThat(line(workflow.form(period.getId()), "dvc_online_rate_pct").value())
                .isEqualTo(values.get(fixture.indicator(unit, period, "dvc_online_rate_pct").getId()).value());
        assertThat(workflow.form(period.getId()).status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    private void refused(long periodId, String name, byte[] content, String key) {
        vn.cds.baocao.support.Refusals.assertRefused(() -> templates.importFile(periodId, name, content), key, null);
    }

    @Autowired
    vn.cds.baocao.period.domain.ReportingPeriodRepository periods;

    private ReportingPeriod periodBefore(ReportingPeriod period) {
        java.time.YearMonth month = period.yearMonth().minusMonths(1);
        return periods.findByYearAndMonth(month.getYear(), month.getMonthValue()).orElseThrow();
    }

    @Autowired
    vn.cds.baocao.indicator.domain.IndicatorRepository indicators;

    private String code(long indicatorId) {
        return indicators.findById(indicatorId).orElseThrow().getCode();
    }

    private static FormLine line(ReportForm form, String code) {
        return form.lines().stream().filter(l -> l.indicator().getCode().equals(code)).findFirst().orElseThrow();
    }

    private String newUnit() {
        String code = "EXC_TPL_" + UNITS.incrementAndGet();
        fixture.newUnitWithReporter(code, "DISTRICT", null);
        return code;
    }

    private static byte[] xls() throws Exception {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Số liệu").createRow(0).createCell(0).setCellValue(1);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Báo cáo");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] plainWorkbook() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Số liệu").createRow(6).createCell(6).setCellValue(50);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
