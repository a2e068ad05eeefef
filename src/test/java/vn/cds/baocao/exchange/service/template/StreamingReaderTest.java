package vn.cds.baocao.exchange.service.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cds.baocao.base.spreadsheet.SheetCell;
import vn.cds.baocao.base.spreadsheet.SheetXmlHandler.Limits;
import vn.cds.baocao.base.spreadsheet.SheetXmlHandler.OutsideTemplate;
import vn.cds.baocao.base.spreadsheet.UploadedWorkbook;

/**
 * The streaming reader sees every kind of cell exactly as POI's workbook model ({@code XSSFWorkbook}) sees it —
 * the model the import used before: type, text, number, number format, date or not. Checked on a workbook written
 * by POI's own model (shared strings) and by its streaming writer (inline strings).
 */
class StreamingReaderTest {

    @Test
    void everyKindOfCellReadsAsInPoisWorkbookModel() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll(); // cached formula values
            file = bytes(workbook);
        }
        assertSameAsTheWorkbookModel(file);
    }

    @Test
    void theSameWithInlineStringsFromPoisStreamingWriter() throws Exception {
        byte[] file;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            fill(workbook);
            file = bytes(workbook);
        }
        assertSameAsTheWorkbookModel(file);
    }

    @Test
    void readingStopsAtTheFirstCellOutsideTheLimits() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Số liệu");
            for (int r = 0; r < 1000; r++) {
                sheet.createRow(r).createCell(2).setCellValue(r);
            }
            sheet.getRow(3).createCell(9).setBlank(); // a formatted blank cell is not content
            file = bytes(workbook);
        }
        List<Integer> seen = new ArrayList<>();
        try (UploadedWorkbook uploaded = UploadedWorkbook.open("a.xlsx", file)) {
            OutsideTemplate belowLastRow = org.junit.jupiter.api.Assertions.assertThrows(OutsideTemplate.class,
                    () -> uploaded.read(uploaded.sheets().getFirst(), new Limits(99, 5), row -> seen.add(row.index())));
            assertThat(belowLastRow.belowLastRow).isTrue();
            assertThat(belowLastRow.row).isEqualTo(100);
            assertThat(seen).hasSize(100).endsWith(99);

            OutsideTemplate rightOfLastColumn = org.junit.jupiter.api.Assertions.assertThrows(OutsideTemplate.class,
                    () -> uploaded.read(uploaded.sheets().getFirst(), new Limits(2000, 1), row -> true));
            assertThat(rightOfLastColumn.belowLastRow).isFalse();
            assertThat(rightOfLastColumn.row).isZero();
            assertThat(rightOfLastColumn.column).isEqualTo(2);
        }
    }

    /** One row per kind of cell, in column B; a few in other columns. */
    private static void fill(Workbook workbook) {
        Sheet sheet = workbook.createSheet("Số liệu");
        CellStyle percent = style(workbook, "0.00%");
        CellStyle general = style(workbook, "General");
        CellStyle quotedPercent = style(workbook, "0.00\"%\"");
        CellStyle date = style(workbook, "dd/mm/yyyy");
        CellStyle thousands = style(workbook, "#,##0");
        int r = 0;
        row(sheet, r++).setCellValue(54.2);
        numeric(sheet, r++, 0.542, percent);
        numeric(sheet, r++, 54.2, general);
        numeric(sheet, r++, 54.2, quotedPercent);
        numeric(sheet, r++, 45474, date);
        numeric(sheet, r++, 2590659414d, thousands);
        row(sheet, r++).setCellValue(-0.5);
        row(sheet, r++).setCellValue(1e20);
        row(sheet, r++).setCellValue("1.517");
        row(sheet, r++).setCellValue(" 54,2 % ");
        row(sheet, r++).setCellValue("   ");
        row(sheet, r++).setCellValue("");
        row(sheet, r++).setCellValue("Triển khai một cửa điện tử\nDòng 2 & <b>đậm</b> \"trích\"");
        row(sheet, r++).setCellValue("_x0041_ chữ có dạng mã");
        XSSFRichTextString rich = new XSSFRichTextString("Chữ đậm và thường");
        rich.applyFont(0, 7, workbook.createFont());
        row(sheet, r++).setCellValue(rich);
        row(sheet, r++).setCellValue(true);
        row(sheet, r++).setCellErrorValue(FormulaError.DIV0.getCode());
        row(sheet, r++).setCellFormula("40+50");
        row(sheet, r++).setCellFormula("\"chữ\"&\"ghép\"");
        row(sheet, r++).setBlank();
        Row array = sheet.createRow(r++);
        if (workbook instanceof XSSFWorkbook) { // POI's streaming writer has no array formulas
            sheet.setArrayFormula("1+1", CellRangeAddress.valueOf("B" + r + ":C" + r));
        }
        array.createCell(3).setCellValue("sau mảng");
        Row wide = sheet.createRow(r + 3);
        wide.createCell(0).setCellValue("mã");
        wide.createCell(7).setCellValue(12);
        wide.createCell(25).setCellValue("cột Z");
    }

    private static Cell row(Sheet sheet, int r) {
        return sheet.createRow(r).createCell(1);
    }

    private static void numeric(Sheet sheet, int r, double value, CellStyle style) {
        Cell cell = row(sheet, r);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static CellStyle style(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static void assertSameAsTheWorkbookModel(byte[] file) throws IOException {
        Map<String, SheetCell> streamed = new HashMap<>();
        try (UploadedWorkbook uploaded = UploadedWorkbook.open("mau.xlsx", file)) {
            uploaded.read(uploaded.sheet("số liệu").orElseThrow(), new Limits(10_000, 16_000), row -> {
                row.cells().forEach((c, cell) -> streamed.put(row.index() + ":" + c, cell));
                return true;
            });
        } catch (OutsideTemplate e) {
            throw new AssertionError(e);
        }
        int compared = 0;
        try (XSSFWorkbook model = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Row row : model.getSheet("Số liệu")) {
                for (Cell cell : row) {
                    String where = "row " + (row.getRowNum() + 1) + " column " + (cell.getColumnIndex() + 1);
                    SheetCell read = streamed.remove(row.getRowNum() + ":" + cell.getColumnIndex());
                    boolean empty = cell.getCellType() == CellType.BLANK || (cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().isBlank());
                    if (empty) {
                        assertThat(read).as(where + ": nothing in it").isNull();
                        continue;
                    }
                    assertThat(read).as(where).isNotNull();
                    assertThat(read.type()).as(where).isEqualTo(cell.getCellType());
                    if (cell.getCellType() == CellType.STRING) {
                        assertThat(read.text()).as(where).isEqualTo(cell.getStringCellValue());
                    }
                    if (cell.getCellType() == CellType.NUMERIC) {
                        assertThat(read.number()).as(where).isEqualTo(cell.getNumericCellValue());
                        assertThat(read.date()).as(where).isEqualTo(DateUtil.isCellDateFormatted(cell));
                        assertThat(read.formatString()).as(where)
                                .isEqualTo(cell.getCellStyle().getDataFormatString());
                    }
                    // what the import makes of it is then the same function of the same values
                    assertThat(CellValues.text(read)).as(where).isEqualTo(oldText(cell));
                    compared++;
                }
            }
        }
        assertThat(streamed).as("cells the workbook model does not have").isEmpty();
        assertThat(compared).isGreaterThan(20);
    }

    /** CellValues.text as it read a POI cell before the streaming reader. */
    private static String oldText(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros()
                    .toPlainString();
            default -> "";
        };
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
