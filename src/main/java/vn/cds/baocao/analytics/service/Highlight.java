package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;
import java.util.List;

/** A generated sentence under a table ("Từ bảng trên cho thấy: ..."), with the figures it names. */
public record Highlight(Kind kind, String indicatorCode, String text, List<UnitFigure> units) {

    public enum Kind { ALL_EQUAL, TOP, MISSED_TARGET, ALL_MET_TARGET, BIGGEST_RISE, BIGGEST_FALL, NOT_APPROVED }

    public record UnitFigure(String unitCode, String unitName, BigDecimal value) {
    }
}
