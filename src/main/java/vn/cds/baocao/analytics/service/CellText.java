package vn.cds.baocao.analytics.service;

import java.util.Locale;
import vn.cds.baocao.analytics.service.SectionTable.TotalCell;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.service.Change;
import vn.cds.baocao.indicator.service.Verdict;

/** How a cell reads, the same on screen and in the CSV file. */
public final class CellText {

    private CellText() {
    }

    /**
     * The figure; "chưa duyệt" when the report is not approved; "–" when the approved report has no figure;
     * "Không phát sinh" / "Không có số liệu" when the reporter said so (never 0).
     */
    public static String value(ColumnSpec column, Cell cell, Locale locale) {
        return switch (cell.state()) {
            case VALUE -> column.format(cell.value());
            case NO_VALUE -> Messages.get(locale, "analytics.cell.noValue");
            case NOT_APPROVED -> Messages.get(locale, "analytics.cell.notApproved");
            case NOT_APPLICABLE -> "";
            case NOT_OCCURRED -> Messages.get(locale, "value.noFigure.NOT_OCCURRED");
            case NOT_AVAILABLE -> Messages.get(locale, "value.noFigure.NOT_AVAILABLE");
        };
    }

    public static String verdict(Verdict verdict, Locale locale) {
        return verdict == Verdict.NONE ? "" : Messages.get(locale, "analytics.verdict." + verdict.name());
    }

    public static String change(Cell cell, Locale locale) {
        return cell.hasValue() ? Change.text(cell.change(), locale) : "";
    }

    public static String total(ColumnSpec column, TotalCell total) {
        return total == null || total.value() == null ? "" : column.formatTotal(total.value());
    }

    /** "(25/27 đơn vị)" when some expected figures are missing from a TỔNG. */
    public static String totalCoverage(TotalCell total, Locale locale) {
        if (total == null || total.isComplete()) {
            return "";
        }
        if (total.noFigure() > 0) {
            return Messages.get(locale, "analytics.total.partialNoFigure", VnFormat.integer(total.contributing()),
                    VnFormat.integer(total.expected()), VnFormat.integer(total.noFigure()));
        }
        return Messages.get(locale, "analytics.total.partial", VnFormat.integer(total.contributing()),
                VnFormat.integer(total.expected()));
    }

    public static String verdictHeader(ColumnSpec column, Locale locale) {
        return Messages.get(locale, "analytics.column.verdict", column.targetText());
    }

    public static String changeHeader(ColumnSpec column, Locale locale) {
        return Messages.get(locale, "analytics.column.change", column.comparedWith());
    }
}
