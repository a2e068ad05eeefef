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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cds.baocao.base.i18n.Messages;
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
        assertThat(line(form, "dvc_online_rate_pct").value()).isEqualTo("54,20");
        assertThat(line(form, "dossier_online_rate_pct").value()).isEqualTo("72,50");
        assertThat(line(form, "dossier_online_rate_pct").explanation()).isEqualTo("Triển khai một cửa điện tử mới");
    }

    @Test
    void noFigurePhrasesAreReadWithTheReasonFromTheExplanationColumnAndWrittenBackAsTyped() throws Exception {
        String unit = newUnit();
        ReportingPeriod period = fixture.freePeriod(unit);
        signIn.as(unit.toLowerCase());
        byte[] filled = edit(templates.unitTemplate(period.getId()).content(), workbook -> {
            Sheet sheet = workbook.getSheet("Số liệu");
            cell(unitRow(sheet, "dvc_online_rate_pct"), UNIT_VALUE).setCellValue("Không có số liệu");
            cell(unitRow(sheet, "dvc_online_rate_pct"), UNIT_EXPLANATION).setCellValue("Cổng DVC chưa thống kê");
            cell(unitRow(sheet, "dossier_online_rate_pct"), UNIT_VALUE).setCellValue("  không  phát sinh ");
        });
        templates.importFile(period.getId(), "mau.xlsx", filled);
        ReportForm form = workflow.form(period.getId());
        assertThat(line(form, "dvc_online_rate_pct").noFigure())
                .isEqualTo(new vn.cds.baocao.report.service.NoFigureMark(
                        vn.cds.baocao.report.domain.NoFigure.NOT_AVAILABLE, "Cổng DVC chưa thống kê"));
        assertThat(line(form, "dvc_online_rate_pct").value()).isEmpty();
        assertThat(line(form, "dossier_online_rate_pct").noFigure().kind())
                .isEqualTo(vn.cds.baocao.report.domain.NoFigure.NOT_OCCURRED);
        assertThat(line(form, "dossier_online_rate_pct").issues()).extracting(i -> i.messageKey())
                .contains("value.noFigure.reasonRequired");

        try (org.apache.poi.xssf.usermodel.XSSFWorkbook again = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(templates.unitTemplate(period.getId()).content()))) {
            Row dvc = unitRow(again.getSheet("Số liệu"), "dvc_online_rate_pct");
            assertThat(dvc.getCell(UNIT_VALUE).getStringCellValue()).isEqualTo("Không có số liệu");
            assertThat(dvc.getCell(UNIT_EXPLANATION).getStringCellValue()).isEqualTo("Cổng DVC chưa thống kê");
        }
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
                            ImportProblem::column, ImportProblem::indicator, (ImportProblem p) -> p.message(Messages.VIETNAMESE))
                            .containsExactlyInAnyOrder(
                                    org.assertj.core.groups.Tuple.tuple("Số liệu", rows[0], "G",
                                            "Tỷ lệ DVCTT phát sinh hồ sơ trực tuyến",
                                            "Giá trị vượt quá giới hạn cho phép (tối đa 100%)."),
                                    org.assertj.core.groups.Tuple.tuple("Số liệu", rows[1], "G",
                                            "Tỷ lệ hồ sơ xử lý trực tuyến",
                                            "Ô chứa công thức. Hãy nhập giá trị (hoặc sao chép rồi \"Dán đặc biệt → Giá trị\")."),
                                    org.assertj.core.groups.Tuple.tuple("Số liệu", rows[2], "G",
                                            "Tỷ lệ văn bản điện tử được ký số",
                                            ValueParser.parse(fixture.indicator(unit, period, "esigned_doc_pct"),
                                                    "nhiều").errorMessage(Messages.VIETNAMESE)));
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

    /**
     * The bad-input table of the Excel import: what a reporter may type or paste into a value cell, as text or as
     * an Excel number, and what the import makes of it (the form's own rules, with the cell's place).
     */
    @ParameterizedTest(name = "{0} {1} \"{2}\" → {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            dvc_online_rate_pct     | text    | 5 4         | value.spaceInNumber
            dvc_online_rate_pct     | text    | ' 54,2 % '  | 54,20
            dvc_online_rate_pct     | text    | 54,20       | 54,20
            dvc_online_rate_pct     | text    | 54.20       | value.badFormat
            dvc_online_rate_pct     | text    | 54, 2       | value.spaceInNumber
            dvc_online_rate_pct     | text    | abc         | value.notANumber
            dvc_online_rate_pct     | text    | -5          | value.negative
            dvc_online_rate_pct     | number  | 54.2        | 54,20
            dvc_online_rate_pct     | number  | 100.5       | value.aboveMax
            dvc_online_rate_pct     | number  | 54.205      | value.tooManyDecimals
            dvc_online_rate_pct     | percent | 0.542       | 54,20
            dvc_online_rate_pct     | formula | 50+4        | exchange.import.cell.formula
            dvc_online_rate_pct     | boolean | true        | exchange.import.cell.unreadable
            dvc_online_rate_pct     | error   | #DIV/0!     | exchange.import.cell.unreadable
            dvc_online_rate_pct     | date    | 45474       | exchange.import.cell.date
            ecabinet_meetings_month | text    | 1.517       | 1.517
            ecabinet_meetings_month | text    | 1 517       | 1.517
            ecabinet_meetings_month | text    | 15 17       | value.spaceInNumber
            ecabinet_meetings_month | number  | 12.5        | value.wholeNumber
            ecabinet_meetings_month | number  | 1517        | 1.517
            """)
    void eachKindOfValueCellIsReadWithTheFormsRules(String code, String kind, String typed, String expected) {
        String unit = newUnit();
        ReportingPeriod period = fixture.freePeriod(unit);
        signIn.as(unit.toLowerCase());
        int[] row = new int[1];
        byte[] filled = edit(templates.unitTemplate(period.getId()).content(), workbook -> {
            Row line = unitRow(workbook.getSheet("Số liệu"), code);
            row[0] = line.getRowNum() + 1;
            org.apache.poi.ss.usermodel.Cell cell = cell(line, UNIT_VALUE);
            switch (kind) {
                case "text" -> cell.setCellValue(typed);
                case "number" -> cell.setCellValue(Double.parseDouble(typed));
                case "percent", "date" -> {
                    cell.setCellValue(Double.parseDouble(typed));
                    org.apache.poi.ss.usermodel.CellStyle style = workbook.createCellStyle();
                    style.setDataFormat(workbook.createDataFormat().getFormat(kind.equals("date") ? "dd/mm/yyyy"
                            : "0.0%"));
                    cell.setCellStyle(style);
                }
                case "formula" -> cell.setCellFormula(typed);
                case "boolean" -> cell.setCellValue(Boolean.parseBoolean(typed));
                case "error" -> cell.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
                default -> throw new IllegalArgumentException(kind);
            }
        });
        if (!expected.contains(".") || Character.isDigit(expected.charAt(0))) {
            templates.importFile(period.getId(), "mau.xlsx", filled);
            assertThat(line(workflow.form(period.getId()), code).value()).isEqualTo(expected);
            return;
        }
        assertThatThrownBy(() -> templates.importFile(period.getId(), "mau.xlsx", filled))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getProblems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.messageKey()).isEqualTo(expected);
                            assertThat(p.sheet()).isEqualTo("Số liệu");
                            assertThat(p.row()).isEqualTo(row[0]);
                            assertThat(p.column()).isEqualTo("G");
                            assertThat(p.message(Messages.VIETNAMESE)).doesNotStartWith("!");
                        }));
        assertThat(reports.findByUnitAndPeriod(fixture.unit(unit), period)).as("nothing saved").isEmpty();
    }

    @Test
    void aHeaderRowTypedOverIsRefusedCellByCell() {
        String unit = newUnit();
        ReportingPeriod period = fixture.freePeriod(unit);
        signIn.as(unit.toLowerCase());
        byte[] filled = edit(templates.unitTemplate(period.getId()).content(), workbook -> {
            Sheet sheet = workbook.getSheet("Số liệu");
            cell(unitRow(sheet, "dvc_online_rate_pct"), UNIT_VALUE).setCellValue(90);
            // a block of figures pasted one row too high: over the header
            cell(sheet.getRow(5), UNIT_VALUE).setCellValue(54);
            cell(sheet.getRow(5), UNIT_EXPLANATION).setBlank();
        });
        assertThatThrownBy(() -> templates.importFile(period.getId(), "mau.xlsx", filled))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getProblems())
                        .extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column,
                                (ImportProblem p) -> p.message(Messages.VIETNAMESE))
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("Số liệu", 6, "G", "Dòng tiêu đề của mẫu đã bị sửa: ô "
                                        + "này phải là \"Số liệu kỳ này\", trong tệp lại là \"54\". Hãy dùng mẫu tải từ hệ "
                                        + "thống và chỉ nhập vào các ô màu vàng."),
                                org.assertj.core.groups.Tuple.tuple("Số liệu", 6, "H", "Dòng tiêu đề của mẫu đã bị xóa: ô "
                                        + "này phải là \"Giải trình (nếu biến động bất thường)\". Hãy dùng mẫu tải từ hệ "
                                        + "thống và chỉ nhập vào các ô màu vàng.")));
        assertThat(reports.findByUnitAndPeriod(fixture.unit(unit), period)).as("nothing saved").isEmpty();
    }

    @Test
    void aCellRightOfTheTemplatesLastColumnStopsTheImport() {
        String unit = newUnit();
        ReportingPeriod period = fixture.freePeriod(unit);
        signIn.as(unit.toLowerCase());
        int[] row = new int[1];
        byte[] filled = edit(templates.unitTemplate(period.getId()).content(), workbook -> {
            Sheet sheet = workbook.getSheet("Số liệu");
            Row line = unitRow(sheet, "dvc_online_rate_pct");
            cell(line, UNIT_VALUE).setCellValue(90);
            cell(line, UNIT_EXPLANATION + 2).setCellValue("ghi chú riêng");
            row[0] = line.getRowNum() + 1;
        });
        assertThatThrownBy(() -> templates.importFile(period.getId(), "mau.xlsx", filled))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getProblems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.messageKey()).isEqualTo("exchange.import.beyondLastColumn");
                            assertThat(p.row()).isEqualTo(row[0]);
                            assertThat(p.column()).isEqualTo("J");
                            assertThat(p.message(Messages.VIETNAMESE)).isEqualTo("Ô J" + row[0] + " nằm ngoài mẫu: mẫu chỉ có các cột "
                                    + "đến cột H. Hệ thống dừng đọc tệp tại ô này và không lưu gì: hãy xóa các cột thừa "
                                    + "(ghi chú riêng xin để ở tệp khác).");
                        }));
        assertThat(reports.findByUnitAndPeriod(fixture.unit(unit), period)).isEmpty();
    }

    /**
     * The upload of the issue: a workbook of 450.000 rows (written here with POI's streaming writer, under the 10 MB
     * upload limit). It is refused at the first row the template cannot have, without reading the rest; what that
     * costs in memory is measured in docs/benchmarks.md, not here.
     */
    @Test
    void aWorkbookOf450000RowsIsRefusedAtTheTemplatesLastRowWithoutReadingTheRest() throws Exception {
        String unit = newUnit();
        ReportingPeriod period = fixture.freePeriod(unit);
        signIn.as(unit.toLowerCase());
        byte[] template = templates.unitTemplate(period.getId()).content();
        int lastTemplateRow;
        byte[] huge;
        try (XSSFWorkbook base = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            lastTemplateRow = base.getSheet("Số liệu").getLastRowNum();
            huge = TemplateFiles.withManyRows(base, "Số liệu", 450_000);
        }
        assertThat(huge.length).as("under the upload limit, so it reaches the reader").isLessThan(10 * 1024 * 1024);
        int firstRowBeyond = lastTemplateRow + 1 + 50 + 1; // 0-based last row + the spare rows, as Excel numbers it
        int dataRows = lastTemplateRow - 5;

        assertThatThrownBy(() -> templates.importFile(period.getId(), "mau-450000-dong.xlsx", huge))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getProblems())
                        .filteredOn(p -> p.messageKey().equals("exchange.import.beyondLastRow"))
                        .singleElement().satisfies(p -> {
                            assertThat(p.sheet()).isEqualTo("Số liệu");
                            assertThat(p.row()).isEqualTo(firstRowBeyond);
                            assertThat(p.message(Messages.VIETNAMESE)).isEqualTo("Có dữ liệu ở dòng "
                                    + vn.cds.baocao.base.format.VnFormat.integer(firstRowBeyond)
                                    + ", ngoài phạm vi của mẫu (mẫu có " + dataRows + " dòng số liệu, đến dòng "
                                    + (lastTemplateRow + 1) + "). Hệ thống dừng đọc tệp tại dòng này và không lưu gì: "
                                    + "hãy xóa các dòng thừa hoặc tải mẫu mới.");
                        }));
        assertThat(reports.findByUnitAndPeriod(fixture.unit(unit), period)).isEmpty();
    }

    @Test
    void anArchiveThatInflatesSuspiciouslyIsRefusedAsAZipBomb() {
        String unit = newUnit();
        ReportingPeriod period = fixture.freePeriod(unit);
        signIn.as(unit.toLowerCase());
        byte[] template = templates.unitTemplate(period.getId()).content();
        // 60 MB of spaces inside the sheet: a few kB packed
        byte[] bomb = TemplateFiles.withPaddedSheet(template, "xl/worksheets/sheet1.xml", 60 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        refused(period.getId(), "mau.xlsx", bomb, "exchange.import.zipBomb");
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
