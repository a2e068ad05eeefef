package vn.cds.baocao.exchange.service.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cds.baocao.exchange.service.document.DocTable.DocCell;
import vn.cds.baocao.exchange.service.document.DocTable.DocColumn;
import vn.cds.baocao.exchange.service.document.DocTable.DocRow;

/**
 * The report as a workbook (Apache POI): one sheet per table, figures as numeric cells with display formats
 * ({@code #,##0}, {@code 0.00"%"}; a DVC TỔNG with the table's whole percents {@code 0"%"}), verdicts and changes as
 * text columns, the TỔNG rows in bold, then the sentences and the units not approved yet under the table.
 */
public final class XlsxReportWriter {

    static final String COUNT_FORMAT = "#,##0";
    private static final int FIRST_TABLE_ROW = 6;

    public void write(ReportDocument report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            for (DocTable table : report.tables()) {
                sheet(workbook, styles, report, table);
            }
            if (report.tables().isEmpty()) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(report.periodLabel()));
                title(sheet, styles, report);
            }
            workbook.getProperties().getCoreProperties().setTitle(report.title() + " " + report.periodLabel());
            workbook.getProperties().getCoreProperties().setCreator(report.agency());
            workbook.write(out);
        }
    }

    private static void sheet(XSSFWorkbook workbook, Styles styles, ReportDocument report, DocTable table) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
        title(sheet, styles, report);
        text(sheet, 4, 0, table.title(), styles.heading);
        int rowIndex = FIRST_TABLE_ROW;
        boolean grouped = table.grouped();
        List<DocColumn> columns = table.columns();
        Row top = sheet.createRow(rowIndex);
        Row sub = grouped ? sheet.createRow(rowIndex + 1) : top;
        cell(top, 0, ReportDocumentBuilder.text("analytics.column.number"), styles.header);
        cell(top, 1, ReportDocumentBuilder.text("analytics.column.unit"), styles.header);
        if (grouped) {
            cell(sub, 0, "", styles.header);
            cell(sub, 1, "", styles.header);
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex + 1, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex + 1, 1, 1));
            for (int c = 0; c < columns.size(); ) {
                int span = 1;
                while (c + span < columns.size() && columns.get(c + span).indicator() == columns.get(c).indicator()) {
                    span++;
                }
                for (int s = 0; s < span; s++) {
                    cell(top, c + 2 + s, s == 0 ? columns.get(c).group() : "", styles.header);
                }
                if (span > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, c + 2, c + 1 + span));
                }
                c += span;
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            cell(sub, c + 2, columns.get(c).header(), styles.header);
        }
        rowIndex += grouped ? 2 : 1;
        int headerEnd = rowIndex;
        for (DocRow row : table.rows()) {
            Row line = sheet.createRow(rowIndex++);
            if (row.total()) {
                cell(line, 0, "", styles.totalText);
            } else {
                Cell number = line.createCell(0);
                number.setCellValue(Integer.parseInt(row.number()));
                number.setCellStyle(styles.numberColumn);
            }
            cell(line, 1, row.unit(), row.total() ? styles.totalText : styles.text);
            for (int c = 0; c < columns.size(); c++) {
                DocCell value = row.cells().get(c);
                Cell target = line.createCell(c + 2);
                if (value.number() != null) {
                    target.setCellValue(value.number().doubleValue());
                    target.setCellStyle(styles.number(columns.get(c).percent(), value.decimals(), row.total()));
                } else {
                    target.setCellValue(value.text());
                    target.setCellStyle(row.total() ? styles.totalText : styles.styled(value.style()));
                }
            }
        }
        sheet.createFreezePane(2, headerEnd);
        rowIndex++;
        for (String note : table.totalNotes()) {
            text(sheet, rowIndex++, 1, note, styles.note);
        }
        if (!table.highlights().isEmpty()) {
            text(sheet, rowIndex++, 1, ReportDocumentBuilder.text("analytics.highlight.title"), styles.heading);
            for (String highlight : table.highlights()) {
                text(sheet, rowIndex++, 1, "+ " + highlight, styles.plain);
            }
        }
        if (!table.notApprovedUnits().isEmpty()) {
            rowIndex++;
            text(sheet, rowIndex++, 1, ReportDocumentBuilder.text("exchange.document.notApprovedTitle"),
                    styles.heading);
            for (String unit : table.notApprovedUnits()) {
                text(sheet, rowIndex++, 1, unit, styles.note);
            }
        }
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c + 2, (columns.get(c).kind() == DocTable.ColumnKind.VALUE ? 18 : 16) * 256);
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static void title(Sheet sheet, Styles styles, ReportDocument report) {
        text(sheet, 0, 0, report.agency(), styles.heading);
        text(sheet, 1, 0, report.office(), styles.heading);
        text(sheet, 2, 0, report.title() + " – " + report.periodLabel(), styles.heading);
        text(sheet, 3, 0, report.number() + " – " + report.dateLine() + " – " + report.approvedLine(), styles.plain);
    }

    private static void text(Sheet sheet, int row, int column, String text, CellStyle style) {
        Row line = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        cell(line, column, text, style);
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text == null ? "" : text);
        cell.setCellStyle(style);
    }

    /** The workbook's cell styles, created once (a workbook holds at most 64,000). */
    private static final class Styles {

        private final XSSFWorkbook workbook;
        private final CellStyle header;
        private final CellStyle text;
        private final CellStyle totalText;
        private final CellStyle numberColumn;
        private final CellStyle heading;
        private final CellStyle plain;
        private final CellStyle note;
        private final Map<DocTable.CellStyle, CellStyle> styled = new EnumMap<>(DocTable.CellStyle.class);
        private final Map<String, CellStyle> numbers = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            header = bordered();
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered();
            totalText = bordered();
            totalText.setFont(boldFont);
            totalText.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            totalText.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            numberColumn = bordered();
            numberColumn.setAlignment(HorizontalAlignment.CENTER);
            heading = workbook.createCellStyle();
            heading.setFont(boldFont);
            plain = workbook.createCellStyle();
            note = workbook.createCellStyle();
            Font italic = workbook.createFont();
            italic.setItalic(true);
            note.setFont(italic);
            for (DocTable.CellStyle style : DocTable.CellStyle.values()) {
                CellStyle cellStyle = bordered();
                cellStyle.setAlignment(HorizontalAlignment.CENTER);
                Short color = switch (style) {
                    case MET, UP -> IndexedColors.GREEN.getIndex();
                    case MISSED, DOWN -> IndexedColors.RED.getIndex();
                    case NOT_APPROVED -> IndexedColors.GREY_50_PERCENT.getIndex();
                    case NORMAL -> null;
                };
                if (color != null) {
                    Font font = workbook.createFont();
                    font.setColor(color);
                    font.setItalic(style == DocTable.CellStyle.NOT_APPROVED);
                    cellStyle.setFont(font);
                }
                styled.put(style, cellStyle);
            }
        }

        CellStyle styled(DocTable.CellStyle style) {
            return styled.get(style);
        }

        /** {@code #,##0} for counts and amounts, {@code 0.00"%"} (or the table's decimals) for rates. */
        CellStyle number(boolean percent, int decimals, boolean total) {
            String format = percent
                    ? (decimals == 0 ? "0" : "0." + "0".repeat(decimals)) + "\"%\"" : COUNT_FORMAT;
            return numbers.computeIfAbsent(format + total, key -> {
                CellStyle style = bordered();
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
                style.setAlignment(HorizontalAlignment.RIGHT);
                if (total) {
                    style.setFont(workbook.getFontAt(totalText.getFontIndex()));
                    style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                return style;
            });
        }

        private CellStyle bordered() {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }
    }
}
