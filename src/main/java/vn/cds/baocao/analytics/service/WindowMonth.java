package vn.cds.baocao.analytics.service;

import java.time.YearMonth;
import java.util.Locale;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.period.domain.PeriodLabels;
import vn.cds.baocao.period.domain.PeriodSummary;

/**
 * Names a "trong tháng" figure by the month it was counted in, as the reports print their columns: the month of the
 * period's data window cut-off ("Tháng 5/2024" for Tháng 4/2024, whose window ends on 20/5/2024; seed/README.md).
 */
public final class WindowMonth {

    private WindowMonth() {
    }

    /** "NVTC trong tháng: số GD" → "NVTC Tháng 5/2024: số GD"; a text without the phrase stays as it is. */
    public static String name(String text, PeriodSummary period, Locale locale) {
        String phrase = Messages.get(locale, "analytics.column.inTheMonth");
        if (text == null || !text.contains(phrase)) {
            return text;
        }
        return text.replace(phrase, PeriodLabels.of(YearMonth.from(period.dataTo()), locale));
    }
}
