package vn.cds.baocao.shell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.report.service.ReporterHome;
import vn.cds.baocao.report.service.ReporterHome.Returned;
import vn.cds.baocao.report.service.UnitReportOverview.PeriodRow;
import vn.cds.baocao.report.ui.DeadlineBadge;
import vn.cds.baocao.report.ui.ReportFormView;
import vn.cds.baocao.report.ui.StatusBadge;
import vn.cds.baocao.report.ui.UnitReportsView;

/** The reporter's card: the unit's current periods with deadline and status, and what was sent back. */
class ReporterCard extends HomeCard {

    ReporterCard(ReporterHome home, Locale locale) {
        super("home-reporter", home.unitName() == null ? Messages.get("home.reporter.titleNoUnit")
                : Messages.get("home.reporter.title", home.unitName()));
        if (home.unitName() == null) {
            add(hint(getTranslation("unitReports.noUnit")));
            return;
        }
        if (home.endedOn() != null) {
            add(hint(getTranslation("home.reporter.ended", home.unitName(), VnFormat.date(home.endedOn()))));
        } else if (home.current().isEmpty()) {
            add(hint(getTranslation("home.reporter.noCurrent")));
        }
        for (PeriodRow row : home.current()) {
            add(period(row, locale));
        }
        for (Returned returned : home.returned()) {
            add(returned(returned, locale));
        }
        add(line(new RouterLink(getTranslation("home.reporter.all"), UnitReportsView.class)));
    }

    private Div period(PeriodRow row, Locale locale) {
        Div block = new Div(new H4(row.period().label(locale)));
        block.addClassName("cds-home-period");
        block.setId("home-period-" + row.period().yearMonth());
        block.add(line(new Span(getTranslation("home.reporter.window", VnFormat.date(row.period().getDataFrom()),
                VnFormat.date(row.period().getDataTo())))));
        block.add(line(new Span(getTranslation("home.reporter.deadline", VnFormat.date(row.deadline()))), DeadlineBadge.of(row),
                StatusBadge.of(row.status())));
        block.add(line(open(row, row.status() == null ? "unitReports.start" : "unitReports.open")));
        return block;
    }

    private Div returned(Returned returned, Locale locale) {
        Div block = new Div(new H4(getTranslation("home.reporter.returned", returned.row().period().label(locale))));
        block.addClassNames("cds-home-period", "cds-home-returned");
        block.setId("home-returned-" + returned.row().period().yearMonth());
        block.add(line(new Span(returned.reason() == null ? getTranslation("home.reporter.noReason")
                : getTranslation("home.reporter.reason", returned.reason()))));
        block.add(line(open(returned.row(), "unitReports.open")));
        return block;
    }

    private Button open(PeriodRow row, String key) {
        Button open = new Button(getTranslation(key),
                e -> getUI().ifPresent(ui -> ui.navigate(ReportFormView.class, row.period().getId())));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        return open;
    }

}
