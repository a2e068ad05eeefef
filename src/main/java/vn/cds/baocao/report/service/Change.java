package vn.cds.baocao.report.service;

import java.math.BigDecimal;
import vn.cds.baocao.analytics.service.Changes;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.Indicator;

/**
 * "Tăng 3,7%", "Giảm 1,5%", "Bằng": a value against an earlier one, worded exactly as the leaders' tables word it
 * (percentage points for rates, relative change for counts and amounts).
 */
public final class Change {

    private Change() {
    }

    public static String describe(Indicator indicator, BigDecimal before, BigDecimal after) {
        return Changes.text(Changes.of(indicator.getValueType(), after, before, null, false), Messages.currentLocale());
    }
}
