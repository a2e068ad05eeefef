package vn.cds.baocao.analytics.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.analytics.service.PeriodOverviewService;
import vn.cds.baocao.analytics.service.PeriodOverviewService.PeriodCount;

/** "Tổng quan kỳ báo cáo": for each period, how many of the expected units have an approved report. */
@Route("tong-quan")
@RolesAllowed({"LEADER", "REVIEWER"})
@Menu(order = 30, title = "menu.periodOverview", icon = "vaadin:chart-grid")
public class PeriodOverviewView extends VerticalLayout implements HasDynamicTitle {

    public PeriodOverviewView(PeriodOverviewService service) {
        setSizeFull();
        add(new ViewTitle(getTranslation("menu.periodOverview")));
        Grid<PeriodCount> grid = new Grid<>();
        grid.addColumn(row -> row.period().getLabel()).setHeader(getTranslation("period.label")).setAutoWidth(true);
        grid.addColumn(row -> VnFormat.date(row.period().getDeadline())).setHeader(getTranslation("period.deadline"));
        grid.addColumn(row -> VnFormat.integer(row.expectedUnits())).setHeader(getTranslation("overview.expected"));
        grid.addColumn(row -> VnFormat.integer(row.approvedReports())).setHeader(getTranslation("overview.approved"));
        grid.setItems(service.overview());
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.periodOverview");
    }
}
