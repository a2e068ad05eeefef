package vn.cds.baocao.review.service;

import java.util.List;
import vn.cds.baocao.base.i18n.Localizable;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.service.Verdict;
import vn.cds.baocao.report.service.FieldIssue;
import vn.cds.baocao.report.service.NoFigureMark;
import vn.cds.baocao.report.service.PreviousValue;

/**
 * One value of a report under review.
 *
 * @param baselineValue the value when the report was last returned or approved, when it has changed since
 *                      (null when unchanged or never reviewed)
 * @param noFigure      the reporter's "Không phát sinh"/"Không có số liệu" with the reason, or null
 */
public record ReviewLine(Indicator indicator, String value, PreviousValue previous, Localizable change, Verdict verdict,
                         List<FieldIssue> issues, String explanation, String baselineValue, boolean changedSinceBaseline,
                         String reviewNote, String note, NoFigureMark noFigure) {
}
