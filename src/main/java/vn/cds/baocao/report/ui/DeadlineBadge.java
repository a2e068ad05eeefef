package vn.cds.baocao.report.ui;

import com.vaadin.flow.component.html.Span;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.report.service.UnitReportOverview.PeriodRow;

/** "Còn 3 ngày" / "Quá hạn 2 ngày" while the report is with the unit; on time or late once handed in. */
public final class DeadlineBadge {

    private DeadlineBadge() {
    }

    public static Span of(PeriodRow row) {
        String text;
        String theme;
        if (row.awaitingUnit()) {
            text = row.daysLeft() >= 0 ? Messages.get("deadline.daysLeft", String.valueOf(row.daysLeft()))
                    : Messages.get("deadline.overdue", String.valueOf(-row.daysLeft()));
            theme = row.daysLeft() >= 0 ? "badge" : "badge error";
        } else {
            text = Messages.get(row.submittedLate() ? "deadline.submittedLate" : "deadline.submittedOnTime");
            theme = row.submittedLate() ? "badge contrast" : "badge success";
        }
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}
