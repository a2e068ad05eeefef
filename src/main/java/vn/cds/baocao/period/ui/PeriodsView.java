package vn.cds.baocao.period.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.PeriodService;

/** "Kỳ báo cáo": the periods with their data window, deadline and whether they are open. */
@Route("quan-tri/ky-bao-cao")
@RolesAllowed("ADMIN")
@Menu(order = 130, title = "menu.admin.periods", icon = "vaadin:calendar")
public class PeriodsView extends VerticalLayout implements HasDynamicTitle {

    public PeriodsView(PeriodService periods) {
        setSizeFull();
        add(new ViewTitle(getTranslation("menu.admin.periods")));
        Grid<ReportingPeriod> grid = new Grid<>();
        grid.addColumn(ReportingPeriod::getLabel).setHeader(getTranslation("period.label")).setAutoWidth(true);
        grid.addColumn(p -> VnFormat.date(p.getDataFrom())).setHeader(getTranslation("period.dataFrom"));
        grid.addColumn(p -> VnFormat.date(p.getDataTo())).setHeader(getTranslation("period.dataTo"));
        grid.addColumn(p -> VnFormat.date(p.getDeadline())).setHeader(getTranslation("period.deadline"));
        grid.addColumn(p -> getTranslation("period.status." + p.getStatus().name())).setHeader(getTranslation("period.status"));
        grid.addColumn(ReportingPeriod::getNotes).setHeader(getTranslation("period.notes")).setFlexGrow(1);
        grid.setItems(periods.newestFirst());
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.periods");
    }
}
