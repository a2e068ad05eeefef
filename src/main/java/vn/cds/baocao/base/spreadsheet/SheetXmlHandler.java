package vn.cds.baocao.base.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet part (SAX) row by row, typing each cell as POI's {@code XSSFCell} does, and stops as soon as
 * the sheet holds something the template cannot have: a row below its last row, a cell right of its last column.
 * Only the current row is kept in memory, whatever the size of the sheet.
 */
public final class SheetXmlHandler extends DefaultHandler {

    static final String MAIN_NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** Blank (formatted) rows below the template that are skipped before reading stops anyway. */
    public static final int MAX_BLANK_ROWS_BELOW = 1000;
    private static final int LAST_EXCEL_COLUMN = 16_383;

    /** The last row and column (0-based, inclusive) a cell with content may be in. */
    public record Limits(int lastRow, int lastColumn) {
    }

    /** Hears each row that has at least one cell; returns false to stop reading the sheet. */
    @FunctionalInterface
    public interface RowHandler {
        boolean accept(SheetRow row);
    }

    /** The shared strings table, read when the first cell needs it. */
    @FunctionalInterface
    interface SharedStrings {
        /** The text at that index; throws when there is none. */
        String at(int index) throws SAXException;
    }

    /** The number format of a cell style. */
    @FunctionalInterface
    interface Formats {
        SheetFormat of(int styleIndex);
    }

    /** A number format: its id and its format string. */
    record SheetFormat(int index, String string) {
    }

    /** Reading stopped on purpose: the handler had what it needed. */
    static final class StopReading extends SAXException {
        StopReading() {
            super("stopped");
        }
    }

    /** A cell with content outside the template: below its last row or right of its last column (0-based). */
    public static final class OutsideTemplate extends SAXException {
        public final int row;
        public final int column;
        public final boolean belowLastRow;

        OutsideTemplate(int row, int column, boolean belowLastRow) {
            super("outside the template at row " + (row + 1) + ", column " + (column + 1));
            this.row = row;
            this.column = column;
            this.belowLastRow = belowLastRow;
        }
    }

    private final SharedStrings strings;
    private final Formats formats;
    private final Limits limits;
    private final RowHandler rows;
    private final List<CellRangeAddress> arrayFormulas = new ArrayList<>();

    private boolean inSheetData;
    private int nextRow;
    private SheetRow row;
    private int nextColumn;
    private int blankRowsBelow;

    private int column;
    private String type;
    private int style;
    private boolean formula;
    private boolean inValue;
    private boolean sawValue;
    private final StringBuilder value = new StringBuilder();
    private boolean inInline;
    private boolean sawInline;
    private boolean inInlineText;
    private boolean inPhonetic;
    private final StringBuilder inline = new StringBuilder();

    SheetXmlHandler(SharedStrings strings, Formats formats, Limits limits, RowHandler rows) {
        this.strings = strings;
        this.formats = formats;
        this.limits = limits;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (!MAIN_NAMESPACE.equals(uri)) {
            return;
        }
        switch (localName) {
            case "sheetData" -> inSheetData = true;
            case "row" -> {
                if (inSheetData) {
                    String r = attributes.getValue("r");
                    int index = r == null ? nextRow : parseIndex(r) - 1;
                    row = new SheetRow(index);
                    nextRow = index + 1;
                    nextColumn = 0;
                }
            }
            case "c" -> {
                if (row != null) {
                    startCell(attributes);
                }
            }
            case "f" -> {
                if (row != null) {
                    String formulaType = attributes.getValue("t");
                    // XSSFCell: a data table is not a formula; the other cells of an array formula are
                    formula = !"dataTable".equals(formulaType);
                    String ref = attributes.getValue("ref");
                    if ("array".equals(formulaType) && ref != null) {
                        arrayFormulas.add(CellRangeAddress.valueOf(ref));
                    }
                }
            }
            case "v" -> {
                inValue = row != null;
                sawValue |= inValue;
            }
            case "is" -> {
                inInline = row != null;
                sawInline |= inInline;
            }
            case "rPh" -> inPhonetic = inInline;
            case "t" -> inInlineText = inInline && !inPhonetic;
            default -> {
                // formatting and everything else: not read
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (!MAIN_NAMESPACE.equals(uri)) {
            return;
        }
        switch (localName) {
            case "sheetData" -> inSheetData = false;
            case "row" -> {
                if (row != null) {
                    endRow();
                }
            }
            case "c" -> {
                if (row != null) {
                    endCell();
                }
            }
            case "v" -> inValue = false;
            case "is" -> inInline = false;
            case "rPh" -> inPhonetic = false;
            case "t" -> inInlineText = false;
            default -> {
                // nothing to do
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        } else if (inInlineText) {
            inline.append(ch, start, length);
        }
    }

    private void startCell(Attributes attributes) throws SAXException {
        String ref = attributes.getValue("r");
        column = ref == null ? nextColumn : new CellReference(ref).getCol();
        if (column < 0 || column > LAST_EXCEL_COLUMN) {
            throw new SAXException("column out of range: " + ref);
        }
        nextColumn = column + 1;
        type = attributes.getValue("t");
        String s = attributes.getValue("s");
        style = s == null ? 0 : parseIndex(s);
        formula = false;
        inValue = false;
        sawValue = false;
        inInline = false;
        sawInline = false;
        inInlineText = false;
        inPhonetic = false;
        value.setLength(0);
        inline.setLength(0);
    }

    private void endCell() throws SAXException {
        SheetCell cell = cell();
        if (cell.isEmpty()) {
            return;
        }
        if (column > limits.lastColumn()) {
            throw new OutsideTemplate(row.index(), column, false);
        }
        row.put(column, cell);
    }

    private void endRow() throws SAXException {
        SheetRow done = row;
        row = null;
        if (done.index() > limits.lastRow()) {
            if (!done.cells().isEmpty()) {
                throw new OutsideTemplate(done.index(), done.cells().keySet().iterator().next(), true);
            }
            if (++blankRowsBelow > MAX_BLANK_ROWS_BELOW) {
                throw new OutsideTemplate(done.index(), 0, true);
            }
            return;
        }
        if (!done.cells().isEmpty() && !rows.accept(done)) {
            throw new StopReading();
        }
    }

    /** The cell as {@code XSSFCell.getCellType()} and its getters see it. */
    private SheetCell cell() throws SAXException {
        if (formula || inArrayFormula()) {
            return new SheetCell(CellType.FORMULA, "", 0, "General", false);
        }
        String v = value.toString();
        return switch (type == null ? "n" : type) {
            case "b" -> new SheetCell(CellType.BOOLEAN, "", 0, "General", false);
            case "e" -> new SheetCell(CellType.ERROR, "", 0, "General", false);
            case "s" -> sharedString(v);
            case "inlineStr" -> text(sawInline ? inline.toString() : v);
            case "str" -> text(v);
            // an ISO 8601 date, which Excel itself never writes: read as the text it is
            case "d" -> new SheetCell(CellType.STRING, v, 0, "General", false);
            default -> sawValue ? number(v) : new SheetCell(CellType.BLANK, "", 0, "General", false);
        };
    }

    private SheetCell sharedString(String v) throws SAXException {
        try {
            return new SheetCell(CellType.STRING, strings.at(Integer.parseInt(v.strip())), 0, "General", false);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return new SheetCell(CellType.ERROR, "", 0, "General", false);
        }
    }

    private static SheetCell text(String raw) {
        // the same decoding of _xHHHH_ escapes as XSSFRichTextString.getString(), which has nothing to do without one
        String text = raw.contains("_x") ? new XSSFRichTextString(raw).getString() : raw;
        return new SheetCell(CellType.STRING, text, 0, "General", false);
    }

    private SheetCell number(String v) {
        double number;
        try {
            number = v.isEmpty() ? 0 : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return new SheetCell(CellType.ERROR, "", 0, "General", false);
        }
        if (!Double.isFinite(number)) {
            return new SheetCell(CellType.ERROR, "", 0, "General", false);
        }
        SheetFormat format = formats.of(style);
        boolean date = DateUtil.isValidExcelDate(number) && DateUtil.isADateFormat(format.index(), format.string());
        return new SheetCell(CellType.NUMERIC, "", number, format.string(), date);
    }

    private boolean inArrayFormula() {
        for (CellRangeAddress range : arrayFormulas) {
            if (range.isInRange(row.index(), column)) {
                return true;
            }
        }
        return false;
    }

    private static int parseIndex(String text) throws SAXException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new SAXException("not an index: " + text);
        }
    }
}
