package vn.cds.baocao.organization.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.organization.service.UnitService;
import vn.cds.baocao.organization.service.UnitService.UnitRow;

/** "Đơn vị": the province's units with their type, validity and the aliases used to match imports. */
@Route("quan-tri/don-vi")
@RolesAllowed("ADMIN")
@Menu(order = 110, title = "menu.admin.units", icon = "vaadin:building")
public class UnitsView extends VerticalLayout implements HasDynamicTitle {

    public UnitsView(UnitService units) {
        setSizeFull();
        add(new ViewTitle(getTranslation("menu.admin.units")));
        Grid<UnitRow> grid = new Grid<>();
        grid.addColumn(r -> r.unit().getCode()).setHeader(getTranslation("unit.code")).setAutoWidth(true);
        grid.addColumn(r -> r.unit().getFullName()).setHeader(getTranslation("unit.fullName")).setAutoWidth(true);
        grid.addColumn(r -> r.unit().getShortName()).setHeader(getTranslation("unit.shortName")).setAutoWidth(true);
        grid.addColumn(r -> r.unit().getType().name(getLocale())).setHeader(getTranslation("unit.type")).setAutoWidth(true);
        grid.addColumn(r -> VnFormat.date(r.unit().getValidFrom())).setHeader(getTranslation("unit.validFrom"));
        grid.addColumn(r -> VnFormat.date(r.unit().getValidTo())).setHeader(getTranslation("unit.validTo"));
        grid.addColumn(r -> String.join("; ", r.aliases())).setHeader(getTranslation("unit.aliases"));
        grid.setItems(units.unitRows());
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.units");
    }
}
