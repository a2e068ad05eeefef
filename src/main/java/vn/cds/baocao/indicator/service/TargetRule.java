package vn.cds.baocao.indicator.service;

import java.math.BigDecimal;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.indicator.domain.Comparator;
import vn.cds.baocao.indicator.domain.ValueType;

/** A target in force: "≥ 80%" for an indicator, a year and (optionally) a unit type. */
public record TargetRule(Comparator comparator, BigDecimal value) {

    public Verdict judge(BigDecimal actual) {
        if (actual == null) {
            return Verdict.NONE;
        }
        return comparator.isMet(actual, value) ? Verdict.MET : Verdict.MISSED;
    }

    public String text(ValueType type) {
        return comparator.symbol() + " " + VnFormat.figure(type.numberStyle(), value);
    }
}
