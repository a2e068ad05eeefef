package vn.cds.baocao.report.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.TimelineEntry;

/** "Lịch sử báo cáo": who did what, when, from which status to which, and why. Texts are shown as text. */
public class ReportTimeline extends Details {

    public ReportTimeline(List<TimelineEntry> entries) {
        setSummaryText(Messages.get("timeline.title", String.valueOf(entries.size())));
        addClassName("report-timeline");
        Div list = new Div();
        list.addClassName("timeline-list");
        for (TimelineEntry entry : entries.reversed()) {
            list.add(line(entry));
        }
        add(list);
    }

    private static Div line(TimelineEntry entry) {
        Div line = new Div();
        line.addClassName("timeline-entry");
        Span when = new Span(VnFormat.dateTime(entry.at()));
        when.addClassName("timeline-when");
        String what = Messages.get("timeline.did", entry.actor(), entry.action());
        if (entry.from() != entry.to() && entry.to() != null) {
            what += " · " + status(entry.from()) + " → " + status(entry.to());
        }
        Span text = new Span(what);
        line.add(when, text);
        if (entry.indicatorName() != null) {
            line.add(new Div(Messages.get("timeline.valueChange", entry.indicatorName(),
                    blank(entry.oldValue()), blank(entry.newValue()))));
        }
        if (entry.reason() != null && !entry.reason().isBlank()) {
            Div reason = new Div(Messages.get("timeline.reason", entry.reason()));
            reason.addClassName("timeline-reason");
            line.add(reason);
        }
        return line;
    }

    private static String status(ReportStatus status) {
        return Messages.get(status == null ? "report.status.NONE" : "report.status." + status.name());
    }

    private static String blank(String value) {
        return value == null || value.isEmpty() ? Messages.get("timeline.empty") : value;
    }
}
