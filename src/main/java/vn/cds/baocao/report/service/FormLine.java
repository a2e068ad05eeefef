package vn.cds.baocao.report.service;

import java.util.List;
import vn.cds.baocao.base.i18n.Localizable;
import vn.cds.baocao.indicator.domain.Indicator;

/**
 * One indicator of the report form.
 *
 * @param value         the stored value as the form shows it ("1.517", "54,2"); empty when none
 * @param previous      the last approved value before this period, or null
 * @param change        the stored value against the previous one ("Tăng 3,7"), or empty; written by the view
 * @param computed      a running total computed from the previous total and this period's count (read-only)
 * @param openingTotal  a running total with no earlier total: the unit enters its opening total once
 * @param required      the period requires a figure or a no-figure mark
 * @param noFigure      the stored "Không phát sinh"/"Không có số liệu" mark with its reason, or null
 */
public record FormLine(Indicator indicator, String value, PreviousValue previous, Localizable change, boolean computed,
                       boolean openingTotal, String explanation, String reviewNote, List<FieldIssue> issues,
                       boolean required, NoFigureMark noFigure) {
}
