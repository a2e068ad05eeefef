package vn.cds.baocao.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cds.baocao.base.ui.GridCsv;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.report.service.UnitReportOverview;
import vn.cds.baocao.report.service.UnitReportOverview.PeriodRow;

/** "Báo cáo của đơn vị": the reporter's unit, its periods, where each report stands and how long is left. */
@Route("bao-cao-don-vi")
@RolesAllowed("REPORTER")
@Menu(order = 10, title = "menu.unitReports", icon = "vaadin:edit")
public class UnitReportsView extends VerticalLayout implements HasDynamicTitle {

    public UnitReportsView(UnitReportOverview overview) {
        setSizeFull();
        add(new ViewTitle(getTranslation("menu.unitReports")));
        Unit unit = overview.myUnit();
        if (unit == null) {
            add(new Paragraph(getTranslation("unitReports.noUnit")));
            return;
        }
        add(new Paragraph(getTranslation("unitReports.unit", unit.getFullName())));

        Grid<PeriodRow> grid = new Grid<>();
        grid.addColumn(row -> row.period().label(getLocale())).setHeader(getTranslation("period.label")).setAutoWidth(true);
        grid.addColumn(row -> VnFormat.date(row.period().getDataFrom()) + " – " + VnFormat.date(row.period().getDataTo()))
                .setHeader(getTranslation("period.window")).setAutoWidth(true);
        grid.addColumn(row -> VnFormat.date(row.deadline())).setHeader(getTranslation("period.deadline")).setAutoWidth(true);
        grid.addComponentColumn(row -> StatusBadge.of(row.status())).setHeader(getTranslation("report.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::timing).setHeader(getTranslation("unitReports.timing")).setAutoWidth(true);
        grid.addComponentColumn(row -> {
            Button open = new Button(getTranslation(row.status() == null ? "unitReports.start" : "unitReports.open"),
                    e -> open(row));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        }).setAutoWidth(true);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setItems(overview.myPeriods());
        grid.setSizeFull();
        add(GridCsv.link(grid, "bao-cao-cua-don-vi"), grid);
    }

    private void open(PeriodRow row) {
        getUI().ifPresent(ui -> ui.navigate(ReportFormView.class, row.period().getId()));
    }

    private Span timing(PeriodRow row) {
        String text;
        String theme;
        if (row.awaitingUnit()) {
            text = row.daysLeft() >= 0 ? getTranslation("deadline.daysLeft", String.valueOf(row.daysLeft()))
                    : getTranslation("deadline.overdue", String.valueOf(-row.daysLeft()));
            theme = row.daysLeft() >= 0 ? "badge" : "badge error";
        } else {
            text = getTranslation(row.submittedLate() ? "deadline.submittedLate" : "deadline.submittedOnTime");
            theme = row.submittedLate() ? "badge contrast" : "badge success";
        }
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.unitReports");
    }
}
