package vn.cds.baocao.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.report.service.UnitReportOverview;
import vn.cds.baocao.report.service.UnitReportOverview.PeriodRow;

/** "Báo cáo của đơn vị": the reporter's unit, its periods and where each report stands. */
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
        grid.addColumn(row -> row.period().getLabel()).setHeader(getTranslation("period.label")).setAutoWidth(true);
        grid.addColumn(row -> VnFormat.date(row.period().getDataFrom()) + " – " + VnFormat.date(row.period().getDataTo()))
                .setHeader(getTranslation("period.window")).setAutoWidth(true);
        grid.addColumn(row -> VnFormat.date(row.period().getDeadline()))
                .setHeader(getTranslation("period.deadline")).setAutoWidth(true);
        grid.addComponentColumn(row -> statusBadge(row)).setHeader(getTranslation("report.status")).setAutoWidth(true);
        grid.setItems(overview.myPeriods());
        grid.setSizeFull();
        add(grid);
    }

    private Span statusBadge(PeriodRow row) {
        String key = row.status() == null ? "report.status.NONE" : "report.status." + row.status().name();
        Span badge = new Span(getTranslation(key) + (row.overdue() ? " · " + getTranslation("report.overdue") : ""));
        badge.getElement().getThemeList().add("badge" + (row.overdue() ? " error" : ""));
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.unitReports");
    }
}
