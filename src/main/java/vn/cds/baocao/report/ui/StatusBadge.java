package vn.cds.baocao.report.ui;

import com.vaadin.flow.component.html.Span;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.report.domain.ReportStatus;

/** A report's status as a coloured badge: chưa lập / nháp / đã nộp / bị trả lại / đã duyệt. */
public final class StatusBadge {

    private StatusBadge() {
    }

    public static Span of(ReportStatus status) {
        Span badge = new Span(Messages.get(status == null ? "report.status.NONE" : "report.status." + status.name()));
        badge.getElement().getThemeList().add("badge " + theme(status));
        badge.addClassName("status-badge");
        return badge;
    }

    private static String theme(ReportStatus status) {
        if (status == null) {
            return "contrast";
        }
        return switch (status) {
            case DRAFT -> "contrast";
            case SUBMITTED -> "";
            case RETURNED -> "error";
            case APPROVED -> "success";
        };
    }
}
