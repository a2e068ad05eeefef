package vn.cds.baocao.report.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.ValueType;

/**
 * "Tăng 3,7", "Giảm 12%", "Bằng": a value against an earlier one, in percentage points for rates and as a
 * relative change for counts and amounts, the way the monthly report writes it.
 */
public final class Change {

    private Change() {
    }

    public static String describe(Indicator indicator, BigDecimal before, BigDecimal after) {
        if (before == null || after == null) {
            return "";
        }
        int direction = after.compareTo(before);
        if (direction == 0) {
            return Messages.get("change.same");
        }
        String key = direction > 0 ? "change.up" : "change.down";
        if (indicator.getValueType() == ValueType.PERCENT) {
            return Messages.get(key + ".points", VnFormat.number(after.subtract(before).abs(), 2));
        }
        if (before.signum() == 0) {
            return Messages.get(key + ".fromZero", VnFormat.integer(after.subtract(before).abs()));
        }
        BigDecimal percent = after.subtract(before).abs().multiply(BigDecimal.valueOf(100))
                .divide(before, 1, RoundingMode.HALF_UP);
        return Messages.get(key + ".percent", VnFormat.number(percent, 1));
    }
}
