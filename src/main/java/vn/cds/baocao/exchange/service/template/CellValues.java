package vn.cds.baocao.exchange.service.template;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellType;
import vn.cds.baocao.base.spreadsheet.SheetCell;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.ValueType;
import vn.cds.baocao.indicator.service.ParsedValue;
import vn.cds.baocao.indicator.service.ValueParser;

/**
 * Reads a template cell with the form's rules: a typed text goes through {@link ValueParser#parse} exactly like
 * the form's field ("1.517", "54,2", "54,2%"); a numeric cell through {@link ValueParser#check}. A formula, a date,
 * a true/false or an error cell is refused: the import takes values, not calculations.
 */
final class CellValues {

    private CellValues() {
    }

    /**
     * @param text   the value as the form would have received it (display text of a checked number), or null on error
     * @param parsed what the form's parser makes of it (for fingerprints and errors)
     */
    record Read(String text, ParsedValue parsed) {

        boolean isError() {
            return parsed.isError();
        }
    }

    static Read read(SheetCell cell, Indicator indicator) {
        if (cell == null || cell.type() == CellType.BLANK) {
            return new Read("", ParsedValue.empty());
        }
        return switch (cell.type()) {
            case FORMULA -> error("exchange.import.cell.formula");
            case BOOLEAN -> error("exchange.import.cell.unreadable");
            case ERROR -> error("exchange.import.cell.unreadable");
            case STRING -> {
                String text = cell.text();
                yield new Read(text, ValueParser.parse(indicator, text));
            }
            case NUMERIC -> numeric(cell, indicator);
            default -> error("exchange.import.cell.unreadable");
        };
    }

    /** A cell that must hold nothing (a grey cell): empty, or the reason it is refused. */
    static boolean isEmpty(SheetCell cell) {
        return cell == null || cell.isEmpty();
    }

    /** A free text cell (an explanation): its text; numbers as typed. */
    static String text(SheetCell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.type()) {
            case STRING -> cell.text();
            case NUMERIC -> BigDecimal.valueOf(cell.number()).stripTrailingZeros().toPlainString();
            default -> "";
        };
    }

    private static Read numeric(SheetCell cell, Indicator indicator) {
        if (cell.date()) {
            return error("exchange.import.cell.date");
        }
        BigDecimal value = BigDecimal.valueOf(cell.number());
        if (isPercentFormat(cell.formatString())) {
            // typed as "54,2%": Excel keeps 0,542 with a percent format
            value = value.movePointRight(2);
        }
        if (indicator.getValueType() == ValueType.TEXT) {
            String text = value.stripTrailingZeros().toPlainString();
            return new Read(text, ValueParser.parse(indicator, text));
        }
        ParsedValue checked = ValueParser.check(indicator, value);
        if (checked.isError()) {
            return new Read(null, checked);
        }
        return new Read(ValueParser.display(indicator, checked.number()), checked);
    }

    /** True when the format shows the value multiplied by 100 (a % outside quotes and escapes). */
    static boolean isPercentFormat(String format) {
        if (format == null) {
            return false;
        }
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && !quoted) {
                i++;
            } else if (c == '%' && !quoted) {
                return true;
            }
        }
        return false;
    }

    private static Read error(String key) {
        return new Read(null, ParsedValue.error(key));
    }
}
