package vn.cds.baocao.period.domain;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import vn.cds.baocao.base.i18n.Localizable;
import vn.cds.baocao.base.i18n.Messages;

/**
 * The name of a monthly period in a reader's language, the one formatter of it: "Tháng 4/2024" (the name the
 * province's documents use, also stored with the period) or "April 2024". Bundle key {@code period.label.month}:
 * {0} the month's number, {1} the year, {2} the month's name in that language.
 */
public final class PeriodLabels {

    private PeriodLabels() {
    }

    public static String of(YearMonth month, Locale locale) {
        return Messages.get(locale, "period.label.month", String.valueOf(month.getMonthValue()),
                String.valueOf(month.getYear()), month.getMonth().getDisplayName(TextStyle.FULL, locale));
    }

    /** The name to be written in the language of whoever reads it (an argument of a message, a returned text). */
    public static Localizable name(YearMonth month) {
        return new Name(month);
    }

    /** Equal for the same month; written in Vietnamese where no language is known (a log line). */
    private record Name(YearMonth month) implements Localizable {

        @Override
        public String in(Locale locale) {
            return of(month, locale);
        }

        @Override
        public String toString() {
            return of(month, Messages.VIETNAMESE);
        }
    }
}
