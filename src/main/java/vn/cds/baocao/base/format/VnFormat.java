package vn.cds.baocao.base.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Vietnamese display formats: 1.517 for numbers, 54,20% for rates, dd/MM/yyyy for dates.
 * The same rules apply whatever the user's interface language is: the figures are the province's.
 */
public final class VnFormat {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

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

    /** Rates as printed in the reports: "100%" when whole, otherwise two decimals, "54,20%". */
    public static String percent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
        boolean whole = rounded.stripTrailingZeros().scale() <= 0;
        return decimalFormat(whole ? 0 : 2, whole ? 0 : 2).format(rounded) + "%";
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime);
    }

    private static DecimalFormat decimalFormat(int minDecimals, int maxDecimals) {
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
