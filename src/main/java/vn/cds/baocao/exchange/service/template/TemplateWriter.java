package vn.cds.baocao.exchange.service.template;

import static vn.cds.baocao.exchange.service.template.TemplateLayout.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.exchange.service.template.TemplateMeta.UnitStamp;
import vn.cds.baocao.indicator.domain.ValueType;

/**
 * Writes the Excel templates (Apache POI). Cells to fill are white with a border and unlocked; everything else is
 * locked (sheet protection) and grey where nothing may be entered. Indicator and unit codes sit in hidden
 * columns/rows; the identity of the template (period, kind, report versions) in a very hidden sheet. The templates
 * are Vietnamese forms, whatever the interface language.
 */
final class TemplateWriter {

    /**
     * "General", not a fixed number format: when someone types "54,2%" Excel then stores 0,542 and switches the cell
     * to a percent format, which the import recognises (a fixed "0.00" would keep 0,542 and hide the mistake).
     */
    static final String PERCENT_INPUT_FORMAT = "General";
    static final String COUNT_INPUT_FORMAT = "#,##0";

    /** The template of one unit. */
    record UnitTemplate(String periodKey, String periodLabel, String window, String deadline, String unitCode,
                        String unitName, String status, long version, List<UnitLine> lines) {
    }

    /**
     * @param current the value already in the unit's report (BigDecimal or String), or null
     */
    record UnitLine(String code, String section, String name, String unitOfMeasure, ValueType type,
                    String previous, Object current, boolean computed, String explanation, BigDecimal lower,
                    BigDecimal upper) {
    }

    /** The template of every unit of a period: one sheet per section. */
    record AllUnitsTemplate(String periodKey, String periodLabel, String window, List<SectionSheet> sheets,
                            Map<String, UnitStamp> stamps) {
    }

    record SectionSheet(String title, List<Column> columns, List<UnitRow> rows) {
    }

    record Column(String code, String header, ValueType type, BigDecimal lower, BigDecimal upper) {
    }

    /** @param cells one per column */
    record UnitRow(String unitCode, String unitName, String status, boolean editable, List<UnitCell> cells) {
    }

    /** @param value the value in the unit's report (BigDecimal or String), or null */
    record UnitCell(boolean applicable, boolean computed, Object value) {
    }

    byte[] unit(UnitTemplate template) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            XSSFSheet sheet = workbook.createSheet(UNIT_SHEET);
            title(sheet, styles, 0, text("exchange.template.title"), 7);
            title(sheet, styles, 1, text("exchange.template.unitLine", template.unitName(), template.unitCode(),
                    template.status()), 7);
            title(sheet, styles, 2, text("exchange.template.periodLine", template.periodLabel(), template.window(),
                    template.deadline()), 7);
            note(sheet, styles, 3, text("exchange.template.unitHelp"), 7);
            Row header = sheet.createRow(UNIT_HEADER_ROW);
            Map<String, String> written = new LinkedHashMap<>();
            List<String> headers = unitHeaders();
            for (int c = 0; c < headers.size(); c++) {
                cell(header, c, headers.get(c), styles.header);
                written.put(TemplateMeta.headerKey(UNIT_SHEET, c), headers.get(c));
            }
            int rowIndex = UNIT_FIRST_ROW;
            int number = 1;
            DataValidationHelper validations = sheet.getDataValidationHelper();
            for (UnitLine line : template.lines()) {
                Row row = sheet.createRow(rowIndex);
                cell(row, UNIT_CODE, line.code(), styles.locked);
                Cell stt = row.createCell(UNIT_NUMBER);
                stt.setCellValue(number++);
                stt.setCellStyle(styles.lockedCenter);
                cell(row, UNIT_SECTION, line.section(), styles.locked);
                cell(row, UNIT_INDICATOR, line.name(), styles.locked);
                cell(row, UNIT_MEASURE, line.unitOfMeasure(), styles.lockedCenter);
                cell(row, UNIT_PREVIOUS, line.previous(), styles.locked);
                if (line.computed()) {
                    cell(row, UNIT_VALUE, "", styles.blocked);
                    cell(row, UNIT_EXPLANATION, text("exchange.template.computed"), styles.blocked);
                } else {
                    value(row.createCell(UNIT_VALUE), line.type(), line.current(), styles.input(line.type()));
                    cell(row, UNIT_EXPLANATION, line.explanation() == null ? "" : line.explanation(),
                            styles.inputText);
                    validate(sheet, validations, rowIndex, UNIT_VALUE, line.type(), line.lower(), line.upper());
                }
                rowIndex++;
            }
            sheet.setColumnHidden(UNIT_CODE, true);
            sheet.setColumnWidth(UNIT_NUMBER, 6 * 256);
            sheet.setColumnWidth(UNIT_SECTION, 22 * 256);
            sheet.setColumnWidth(UNIT_INDICATOR, 55 * 256);
            sheet.setColumnWidth(UNIT_MEASURE, 11 * 256);
            sheet.setColumnWidth(UNIT_PREVIOUS, 22 * 256);
            sheet.setColumnWidth(UNIT_VALUE, 18 * 256);
            sheet.setColumnWidth(UNIT_EXPLANATION, 40 * 256);
            sheet.createFreezePane(0, UNIT_FIRST_ROW);
            protect(sheet);
            new TemplateMeta(TemplateMeta.Kind.UNIT, TemplateMeta.FORMAT_VERSION, template.periodKey(),
                    template.unitCode(), Map.of(template.unitCode(), new UnitStamp(template.version(), "")), written)
                    .write(workbook);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] allUnits(AllUnitsTemplate template) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Map<String, String> written = new LinkedHashMap<>();
            for (SectionSheet section : template.sheets()) {
                XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(section.title()));
                int lastColumn = ALL_FIRST_INDICATOR + section.columns().size() - 1;
                title(sheet, styles, 0, text("exchange.template.allTitle", section.title()), lastColumn);
                title(sheet, styles, 1, text("exchange.template.allPeriodLine", template.periodLabel(),
                        template.window()), lastColumn);
                note(sheet, styles, 2, text("exchange.template.allHelp"), lastColumn);
                Row codes = sheet.createRow(ALL_CODES_ROW);
                Row header = sheet.createRow(ALL_HEADER_ROW);
                List<String> headers = new ArrayList<>(allUnitsHeaders());
                section.columns().forEach(column -> headers.add(column.header()));
                for (int c = 0; c < headers.size(); c++) {
                    cell(header, c, headers.get(c), styles.header);
                    written.put(TemplateMeta.headerKey(sheet.getSheetName(), c), headers.get(c));
                }
                for (int c = 0; c < section.columns().size(); c++) {
                    cell(codes, ALL_FIRST_INDICATOR + c, section.columns().get(c).code(), styles.locked);
                    sheet.setColumnWidth(ALL_FIRST_INDICATOR + c, 18 * 256);
                }
                header.setHeightInPoints(60);
                int rowIndex = ALL_FIRST_ROW;
                int number = 1;
                DataValidationHelper validations = sheet.getDataValidationHelper();
                for (UnitRow unit : section.rows()) {
                    Row row = sheet.createRow(rowIndex);
                    cell(row, ALL_UNIT_CODE, unit.unitCode(), styles.locked);
                    Cell stt = row.createCell(ALL_NUMBER);
                    stt.setCellValue(number++);
                    stt.setCellStyle(styles.lockedCenter);
                    cell(row, ALL_UNIT_NAME, unit.unitName(), styles.locked);
                    cell(row, ALL_STATUS, unit.status(), styles.locked);
                    for (int c = 0; c < section.columns().size(); c++) {
                        Column column = section.columns().get(c);
                        UnitCell value = unit.cells().get(c);
                        Cell target = row.createCell(ALL_FIRST_INDICATOR + c);
                        if (!value.applicable() || value.computed()) {
                            target.setCellStyle(styles.blocked);
                        } else if (!unit.editable()) {
                            value(target, column.type(), value.value(), styles.readOnly(column.type()));
                        } else {
                            value(target, column.type(), value.value(), styles.input(column.type()));
                            validate(sheet, validations, rowIndex, ALL_FIRST_INDICATOR + c, column.type(),
                                    column.lower(), column.upper());
                        }
                    }
                    rowIndex++;
                }
                sheet.setColumnHidden(ALL_UNIT_CODE, true);
                codes.setZeroHeight(true);
                sheet.setColumnWidth(ALL_NUMBER, 6 * 256);
                sheet.setColumnWidth(ALL_UNIT_NAME, 30 * 256);
                sheet.setColumnWidth(ALL_STATUS, 12 * 256);
                sheet.createFreezePane(ALL_FIRST_INDICATOR, ALL_FIRST_ROW);
                protect(sheet);
            }
            new TemplateMeta(TemplateMeta.Kind.ALL_UNITS, TemplateMeta.FORMAT_VERSION, template.periodKey(), null,
                    template.stamps(), written).write(workbook);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header row of the unit template, columns A–H. */
    static List<String> unitHeaders() {
        return List.of(text("exchange.template.col.code"), text("analytics.column.number"),
                text("exchange.template.col.section"), text("exchange.template.col.indicator"),
                text("exchange.template.col.measure"), text("exchange.template.col.previous"),
                text("exchange.template.col.value"), text("exchange.template.col.explanation"));
    }

    /** The headers of the all-units template before the indicators: code, number, unit, status (A–D). */
    static List<String> allUnitsHeaders() {
        return List.of(text("exchange.template.col.unitCode"), text("analytics.column.number"),
                text("analytics.column.unit"), text("report.status"));
    }

    private static void value(Cell cell, ValueType type, Object value, CellStyle style) {
        if (value instanceof BigDecimal number && type.isNumeric()) {
            cell.setCellValue(number.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
        cell.setCellStyle(style);
    }

    /** Excel's own check while typing (the import checks again): a number within the indicator's bounds. */
    private static void validate(XSSFSheet sheet, DataValidationHelper helper, int row, int column, ValueType type,
                                 BigDecimal lower, BigDecimal upper) {
        if (!type.isNumeric()) {
            return;
        }
        String min = (lower == null ? BigDecimal.ZERO : lower).toPlainString();
        String max = upper == null ? "1E+15" : upper.toPlainString();
        // a number within bounds, or one of the two "no figure" phrases (Excel compares text without case)
        String ref = new org.apache.poi.ss.util.CellReference(row, column).formatAsString();
        DataValidationConstraint constraint = helper.createCustomConstraint(
                "OR(AND(ISNUMBER(%1$s),%1$s>=%2$s,%1$s<=%3$s),%1$s=\"%4$s\",%1$s=\"%5$s\")".formatted(ref, min, max,
                        text("value.noFigure.NOT_OCCURRED"), text("value.noFigure.NOT_AVAILABLE")));
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(row, row, column,
                column));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(text("exchange.template.validationTitle"),
                text("exchange.template.validationText", min.replace('.', ','), max.replace('.', ',')));
        sheet.addValidationData(validation);
    }

    private static void protect(XSSFSheet sheet) {
        sheet.protectSheet(PROTECTION);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    private static void title(XSSFSheet sheet, Styles styles, int row, String text, int lastColumn) {
        Row line = sheet.createRow(row);
        cell(line, 1, text, styles.title);
        if (lastColumn > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, 1, lastColumn));
        }
    }

    private static void note(XSSFSheet sheet, Styles styles, int row, String text, int lastColumn) {
        Row line = sheet.createRow(row);
        line.setHeightInPoints(48);
        cell(line, 1, text, styles.note);
        if (lastColumn > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, 1, lastColumn));
        }
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text == null ? "" : text);
        cell.setCellStyle(style);
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        workbook.lockStructure();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    static String text(String key, Object... args) {
        return Messages.get(Messages.VIETNAMESE, key, args);
    }

    private static final class Styles {

        private final XSSFWorkbook workbook;
        private final CellStyle header;
        private final CellStyle locked;
        private final CellStyle lockedCenter;
        private final CellStyle blocked;
        private final CellStyle inputText;
        private final CellStyle title;
        private final CellStyle note;
        private final Map<String, CellStyle> numbers = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = bordered(true);
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            locked = bordered(true);
            locked.setWrapText(true);
            lockedCenter = bordered(true);
            lockedCenter.setAlignment(HorizontalAlignment.CENTER);
            blocked = bordered(true);
            blocked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            blocked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            blocked.setWrapText(true);
            inputText = bordered(false);
            inputText.setWrapText(true);
            inputText.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            inputText.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            title = workbook.createCellStyle();
            title.setFont(bold);
            note = workbook.createCellStyle();
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            Font italic = workbook.createFont();
            italic.setItalic(true);
            note.setFont(italic);
        }

        /** A cell to fill: unlocked, light yellow, the figure's display format. */
        CellStyle input(ValueType type) {
            return number(type, false);
        }

        /** A unit's figure shown for information (report submitted or approved): locked, grey. */
        CellStyle readOnly(ValueType type) {
            return number(type, true);
        }

        private CellStyle number(ValueType type, boolean lockedCell) {
            return numbers.computeIfAbsent(type.name() + lockedCell, key -> {
                CellStyle style = bordered(lockedCell);
                if (type.isNumeric()) {
                    style.setDataFormat(workbook.createDataFormat().getFormat(
                            type == ValueType.PERCENT ? PERCENT_INPUT_FORMAT : COUNT_INPUT_FORMAT));
                    style.setAlignment(HorizontalAlignment.RIGHT);
                }
                style.setFillForegroundColor(lockedCell ? IndexedColors.GREY_25_PERCENT.getIndex()
                        : IndexedColors.LIGHT_YELLOW.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                return style;
            });
        }

        private CellStyle bordered(boolean lockedCell) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setLocked(lockedCell);
            return style;
        }
    }
}
