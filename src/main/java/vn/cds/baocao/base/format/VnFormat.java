package vn.cds.baocao.base.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * Vietnamese display formats: 1.517 for numbers, 54,20% for rates, dd/MM/yyyy for dates.
 * The same rules apply whatever the user's interface language is: the figures are the province's.
 */
public final class VnFormat {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private static final ThreadLocal<Map<Integer, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private VnFormat() {
    }

    /** 1517 → "1.517"; 54.2 → "54,2"; keeps up to {@code maxDecimals} decimals, drops trailing zeros. */
    public static String number(BigDecimal value, int maxDecimals) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = decimalFormat(0, maxDecimals);
        return format.format(value.setScale(maxDecimals, RoundingMode.HALF_UP));
    }

    /** Whole numbers and amounts in VND: "2.590.659.414". */
    public static String integer(BigDecimal value) {
        return number(value, 0);
    }

    public static String integer(long value) {
        return integer(BigDecimal.valueOf(value));
    }

    /**
     * A reported figure, the one way it prints everywhere (form, review, dashboards, documents, messages):
     * {@link #percent} for rates, grouped whole numbers for counts and amounts.
     */
    public static String figure(NumberStyle style, BigDecimal value) {
        return style == NumberStyle.PERCENT ? percent(value) : integer(value);
    }

    /** {@link #figure} without the "%" sign, for a field that shows the sign next to it: "54,20", "1.517". */
    public static String figureDigits(NumberStyle style, BigDecimal value) {
        String figure = figure(style, value);
        return figure.endsWith("%") ? figure.substring(0, figure.length() - 1) : figure;
    }

    /**
     * Rates as printed in the reports: "100%" when whole, otherwise two decimals, "54,20%", "88,90%". A rate is typed
     * with at most two decimals, so no typed digit is dropped; "88,9" prints as the reports print it, "88,90%"
     * (the typed scale is not stored). Computed rates (means) are rounded to two decimals.
     */
    public static String percent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
        boolean whole = rounded.stripTrailingZeros().scale() <= 0;
        return decimalFormat(whole ? 0 : 2, whole ? 0 : 2).format(rounded) + "%";
    }

    /** A computed rate with a table's own decimals: TỔNG of the DVC table "96%". */
    public static String percent(BigDecimal value, int decimals) {
        return value == null ? "" : number(value, decimals) + "%";
    }

    /** A difference of two rates in percentage points, always two decimals: "12,50". */
    public static String points(BigDecimal value) {
        return value == null ? "" : decimalFormat(2, 2).format(value.setScale(2, RoundingMode.HALF_UP));
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime);
    }

    /**
     * The format of one thread (a {@code DecimalFormat} is not thread-safe) for these decimals, made once: a
     * period's tables format over a hundred thousand figures, and making a format parses its pattern.
     */
    private static DecimalFormat decimalFormat(int minDecimals, int maxDecimals) {
        return FORMATS.get().computeIfAbsent(minDecimals * 100 + maxDecimals,
                key -> newDecimalFormat(minDecimals, maxDecimals));
    }

    private static DecimalFormat newDecimalFormat(int minDecimals, int maxDecimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
