package vn.cds.baocao.exchange.service.template;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.spreadsheet.SheetCell;
import vn.cds.baocao.base.spreadsheet.SheetXmlHandler.Limits;
import vn.cds.baocao.base.spreadsheet.SheetXmlHandler.OutsideTemplate;
import vn.cds.baocao.base.spreadsheet.UploadedWorkbook;

/**
 * What identifies a template, kept in a very hidden sheet of the workbook: the marker, the format version, the
 * kind (one unit or all units), the period, and per unit the report version (and, for the all-units template, a
 * fingerprint of the values written into the file) as they were when the template was downloaded, and the texts of
 * the header rows as written, so an import notices a header that was typed over.
 *
 * @param unitCode the unit of a {@link Kind#UNIT} template; null for all units
 * @param units    unit code → its stamp
 * @param headers  "sheet!column letter" → the header text written there (none in templates of earlier versions)
 */
record TemplateMeta(Kind kind, String formatVersion, String periodKey, String unitCode,
                    Map<String, UnitStamp> units, Map<String, String> headers) {

    static final String SHEET = "_cds";
    static final String MARKER = "CDS_BAO_CAO_MAU_NHAP_SO_LIEU";
    static final String FORMAT_VERSION = "1";
    private static final String HEADER = "header.";

    enum Kind { UNIT, ALL_UNITS }

    /**
     * @param version     the report's version, −1 when it did not exist
     * @param fingerprint the values written into the file ({@link Fingerprint}); empty for a unit template
     */
    record UnitStamp(long version, String fingerprint) {
    }

    void write(Workbook workbook) {
        Sheet sheet = workbook.createSheet(SHEET);
        int row = 0;
        row = put(sheet, row, "marker", MARKER);
        row = put(sheet, row, "formatVersion", formatVersion);
        row = put(sheet, row, "kind", kind.name());
        row = put(sheet, row, "period", periodKey);
        if (unitCode != null) {
            row = put(sheet, row, "unit", unitCode);
        }
        for (Map.Entry<String, UnitStamp> stamp : units.entrySet()) {
            row = put(sheet, row, "unit." + stamp.getKey(), stamp.getValue().version() + "|"
                    + stamp.getValue().fingerprint());
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            row = put(sheet, row, HEADER + header.getKey(), header.getValue());
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    /**
     * The meta data of an uploaded workbook; empty when it has none (not one of our templates).
     *
     * @param maxRows the most rows the meta sheet of a template can have
     */
    static Optional<TemplateMeta> read(UploadedWorkbook workbook, int maxRows) {
        Optional<UploadedWorkbook.SheetRef> sheet = workbook.sheet(SHEET);
        if (sheet.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        try {
            workbook.read(sheet.get(), new Limits(maxRows - 1, 1), row -> {
                SheetCell key = row.cell(0);
                SheetCell value = row.cell(1);
                if (key != null && key.type() == CellType.STRING && value != null
                        && value.type() == CellType.STRING) {
                    values.put(key.text(), value.text());
                }
                return true;
            });
        } catch (OutsideTemplate tooLarge) {
            throw new BusinessException("exchange.import.notTemplate");
        }
        if (!MARKER.equals(values.get("marker"))) {
            return Optional.empty();
        }
        Kind kind;
        try {
            kind = Kind.valueOf(values.getOrDefault("kind", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Map<String, UnitStamp> units = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (entry.getKey().startsWith(HEADER)) {
                headers.put(entry.getKey().substring(HEADER.length()), entry.getValue());
            }
            if (entry.getKey().startsWith("unit.")) {
                String[] parts = entry.getValue().split("\\|", 2);
                try {
                    units.put(entry.getKey().substring(5), new UnitStamp(Long.parseLong(parts[0]),
                            parts.length > 1 ? parts[1] : ""));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new TemplateMeta(kind, values.getOrDefault("formatVersion", ""),
                values.getOrDefault("period", ""), values.get("unit"), units, headers));
    }

    /** The header text written in that cell, or null (a template of an earlier version). */
    String header(String sheetName, int column) {
        return headers.get(headerKey(sheetName, column));
    }

    static String headerKey(String sheetName, int column) {
        return sheetName + "!" + TemplateReader.letter(column);
    }

    private static int put(Sheet sheet, int row, String key, String value) {
        Row line = sheet.createRow(row);
        line.createCell(0).setCellValue(key);
        line.createCell(1).setCellValue(value);
        return row + 1;
    }
}
