package vn.cds.baocao.exchange.service.template;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * What identifies a template, kept in a very hidden sheet of the workbook: the marker, the format version, the
 * kind (one unit or all units), the period, and per unit the report version (and, for the all-units template, a
 * fingerprint of the values written into the file) as they were when the template was downloaded.
 *
 * @param unitCode the unit of a {@link Kind#UNIT} template; null for all units
 * @param units    unit code → its stamp
 */
record TemplateMeta(Kind kind, String formatVersion, String periodKey, String unitCode,
                    Map<String, UnitStamp> units) {

    static final String SHEET = "_cds";
    static final String MARKER = "CDS_BAO_CAO_MAU_NHAP_SO_LIEU";
    static final String FORMAT_VERSION = "1";

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
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    /** The meta data of an uploaded workbook; empty when it has none (not one of our templates). */
    static Optional<TemplateMeta> read(Workbook workbook) {
        Sheet sheet = workbook.getSheet(SHEET);
        if (sheet == null) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Row row : sheet) {
            Cell key = row.getCell(0);
            Cell value = row.getCell(1);
            if (key != null && key.getCellType() == CellType.STRING && value != null
                    && value.getCellType() == CellType.STRING) {
                values.put(key.getStringCellValue(), value.getStringCellValue());
            }
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
        for (Map.Entry<String, String> entry : values.entrySet()) {
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
                values.getOrDefault("period", ""), values.get("unit"), units));
    }

    private static int put(Sheet sheet, int row, String key, String value) {
        Row line = sheet.createRow(row);
        line.createCell(0).setCellValue(key);
        line.createCell(1).setCellValue(value);
        return row + 1;
    }
}
