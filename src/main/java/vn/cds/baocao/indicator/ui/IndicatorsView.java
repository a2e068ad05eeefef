package vn.cds.baocao.indicator.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.service.IndicatorService;
import vn.cds.baocao.indicator.service.IndicatorService.TargetRow;

/** "Chỉ tiêu": the indicator catalog by section, and the targets per year. */
@Route("quan-tri/chi-tieu")
@RolesAllowed("ADMIN")
@Menu(order = 120, title = "menu.admin.indicators", icon = "vaadin:list-ol")
public class IndicatorsView extends VerticalLayout implements HasDynamicTitle {

    public IndicatorsView(IndicatorService service) {
        setSizeFull();
        add(new ViewTitle(getTranslation("menu.admin.indicators")));
        Grid<Indicator> grid = new Grid<>();
        grid.addColumn(i -> i.getSection().name(getLocale())).setHeader(getTranslation("indicator.section")).setAutoWidth(true);
        grid.addColumn(Indicator::getCode).setHeader(getTranslation("indicator.code")).setAutoWidth(true);
        grid.addColumn(i -> i.name(getLocale())).setHeader(getTranslation("indicator.name")).setFlexGrow(1);
        grid.addColumn(i -> getTranslation("valueType." + i.getValueType().name())).setHeader(getTranslation("indicator.valueType"));
        grid.addColumn(i -> getTranslation("cumulativeRule." + i.getCumulativeRule().name())).setHeader(getTranslation("indicator.cumulativeRule"));
        grid.addColumn(i -> String.join(", ", i.getUnitTypeCodes())).setHeader(getTranslation("indicator.unitTypes"));
        grid.addColumn(i -> VnFormat.date(i.getValidFrom()) + " – " + VnFormat.date(i.getValidTo()))
                .setHeader(getTranslation("indicator.validity"));
        grid.setItems(service.catalog());
        grid.setHeight("60%");

        Grid<TargetRow> targets = new Grid<>();
        targets.addColumn(TargetRow::indicatorName).setHeader(getTranslation("indicator.name")).setFlexGrow(1);
        targets.addColumn(r -> r.target().getYear()).setHeader(getTranslation("target.year"));
        targets.addColumn(r -> r.target().getComparator().symbol() + " " + VnFormat.number(r.target().getValue(), 2))
                .setHeader(getTranslation("target.value"));
        targets.addColumn(r -> r.target().getSource()).setHeader(getTranslation("target.source")).setFlexGrow(1);
        targets.setItems(service.targetRows());
        add(grid, new H3(getTranslation("target.title")), targets);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.indicators");
    }
}
