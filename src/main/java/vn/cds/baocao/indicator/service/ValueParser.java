package vn.cds.baocao.indicator.service;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.ValueType;

/**
 * Reads a value typed the Vietnamese way ("1.517", "54,20", "54,2%") and checks it against the indicator's kind and
 * bounds. The same rules apply in the form, in the service and in imports; nothing is silently rounded or clamped.
 */
public final class ValueParser {

    /** Free text is stored up to this many characters. */
    public static final int MAX_TEXT_LENGTH = 2000;
    static final int PERCENT_DECIMALS = 2;

    private static final Pattern NUMBER_CHARS = Pattern.compile("-?[0-9.,]+");
    private static final Pattern GROUPED_INTEGER = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern PLAIN_INTEGER = Pattern.compile("\\d+");
    /** Spaces (also no-break and narrow no-break ones, pasted from Word or Excel) and tabs. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]");
    /** The only place a space may stand inside a number: between groups of thousands, "2 590 659 414". */
    private static final Pattern SPACE_GROUPED = Pattern.compile("-?\\d{1,3}( \\d{3})+(,\\d+)?");

    private ValueParser() {
    }

    public static ParsedValue parse(Indicator indicator, String raw) {
        // no-break spaces come with values pasted from Word or Excel
        if (raw == null || raw.replace('\u00a0', ' ').isBlank()) {
            return ParsedValue.empty();
        }
        if (indicator.getValueType() == ValueType.TEXT) {
            String text = raw.strip();
            return text.length() > MAX_TEXT_LENGTH
                    ? ParsedValue.error("value.textTooLong", VnFormat.integer(MAX_TEXT_LENGTH))
                    : ParsedValue.ofText(text);
        }
        ParsedValue number = parseNumber(indicator.getValueType(), raw);
        return number.isError() ? number : checkBounds(indicator, number.number());
    }

    /** Checks an already numeric value (e.g. a spreadsheet cell) with the same rules as typed input. */
    public static ParsedValue check(Indicator indicator, BigDecimal value) {
        if (value == null) {
            return ParsedValue.empty();
        }
        if (value.signum() < 0) {
            return ParsedValue.error("value.negative");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int decimals = Math.max(0, stripped.scale());
        if (indicator.getValueType() == ValueType.PERCENT && decimals > PERCENT_DECIMALS) {
            return ParsedValue.error("value.tooManyDecimals", String.valueOf(PERCENT_DECIMALS));
        }
        if (indicator.getValueType() != ValueType.PERCENT && decimals > 0) {
            return ParsedValue.error("value.wholeNumber");
        }
        return checkBounds(indicator, decimals == 0 ? stripped.setScale(0) : stripped);
    }

    private static ParsedValue parseNumber(ValueType type, String raw) {
        String s = SPACES.matcher(raw).replaceAll(" ").strip();
        if (type == ValueType.PERCENT && s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        if (s.startsWith("-")) {
            s = "-" + s.substring(1).stripLeading();
        }
        if (s.indexOf(' ') >= 0) {
            // "5 4" is not 54: a space between digits is a typing mistake unless it groups thousands
            String joined = s.replace(" ", "");
            if (!NUMBER_CHARS.matcher(joined).matches()) {
                return ParsedValue.error("value.notANumber");
            }
            if (!SPACE_GROUPED.matcher(s).matches()) {
                return ParsedValue.error("value.spaceInNumber");
            }
            s = joined;
        }
        if (!NUMBER_CHARS.matcher(s).matches() || s.indexOf(',') != s.lastIndexOf(',')
                || s.lastIndexOf('-') > 0 || s.equals("-")) {
            return ParsedValue.error("value.notANumber");
        }
        if (s.startsWith("-")) {
            return ParsedValue.error("value.negative");
        }
        int comma = s.indexOf(',');
        String integerPart = comma < 0 ? s : s.substring(0, comma);
        String decimals = comma < 0 ? "" : s.substring(comma + 1);
        if (integerPart.isEmpty() || !(PLAIN_INTEGER.matcher(integerPart).matches()
                || GROUPED_INTEGER.matcher(integerPart).matches()) || (comma >= 0 && !PLAIN_INTEGER.matcher(decimals).matches())) {
            return ParsedValue.error("value.badFormat");
        }
        if (type != ValueType.PERCENT && !decimals.isEmpty()) {
            return ParsedValue.error("value.wholeNumber");
        }
        if (decimals.length() > PERCENT_DECIMALS) {
            return ParsedValue.error("value.tooManyDecimals", String.valueOf(PERCENT_DECIMALS));
        }
        String plain = integerPart.replace(".", "") + (decimals.isEmpty() ? "" : "." + decimals);
        return ParsedValue.of(new BigDecimal(plain));
    }

    private static ParsedValue checkBounds(Indicator indicator, BigDecimal value) {
        BigDecimal lower = indicator.getLowerBound();
        BigDecimal upper = indicator.getUpperBound();
        if (lower != null && value.compareTo(lower) < 0) {
            return ParsedValue.error("value.belowMin", display(indicator, lower));
        }
        if (upper != null && value.compareTo(upper) > 0) {
            return ParsedValue.error("value.aboveMax", display(indicator, upper));
        }
        return ParsedValue.of(value);
    }

    /** A figure as it prints everywhere (VnFormat.figure): "1.517", "54,20%", "2.590.659.414". */
    public static String display(Indicator indicator, BigDecimal value) {
        return value == null ? "" : VnFormat.figure(indicator.getValueType().numberStyle(), value);
    }

    /** The figure in the form's field, next to which the "%" sign is shown: "1.517", "54,20". */
    public static String inField(Indicator indicator, BigDecimal value) {
        return value == null ? "" : VnFormat.figureDigits(indicator.getValueType().numberStyle(), value);
    }
}
