package vn.cds.baocao.base.spreadsheet;

import org.apache.poi.ss.usermodel.CellType;

/**
 * One cell of an uploaded sheet as the streaming reader saw it, typed as POI's own workbook model types it, so the
 * import reads exactly what it read before: a formula is {@link CellType#FORMULA} whatever its cached value, a
 * number keeps its display format (a percent or a date format matters), a text is already decoded.
 *
 * @param text         the text of a {@link CellType#STRING} cell; empty for the others
 * @param number       the value of a {@link CellType#NUMERIC} cell
 * @param formatString the cell's number format, "General" when it has none
 * @param date         a number shown as a date or time
 */
public record SheetCell(CellType type, String text, double number, String formatString, boolean date) {

    /** Nothing in it: blank, or a text of spaces only. */
    public boolean isEmpty() {
        return type == CellType.BLANK || (type == CellType.STRING && text.isBlank());
    }
}
