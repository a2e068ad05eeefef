package vn.cds.baocao.period.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.PeriodCatalogLine;
import vn.cds.baocao.period.service.PeriodCatalogRefresh;

/**
 * "Chỉ tiêu của kỳ": the period's catalog with a "Bắt buộc" box per indicator. A box switches at once; a refusal
 * (closed period, a submitted report) puts it back and says why.
 */
class PeriodCatalogDialog extends Dialog {

    final Grid<PeriodCatalogLine> grid = new Grid<>();
    private final transient PeriodCatalogRefresh catalog;
    private final ReportingPeriod period;

    PeriodCatalogDialog(PeriodCatalogRefresh catalog, ReportingPeriod period) {
        this.catalog = catalog;
        this.period = period;
        setHeaderTitle(getTranslation("admin.period.catalog.title", period.label(getLocale())));
        setWidth("min(980px, 95vw)");
        grid.addColumn(PeriodCatalogLine::section).setHeader(getTranslation("admin.period.catalog.section"))
                .setFlexGrow(1);
        grid.addColumn(PeriodCatalogLine::name).setHeader(getTranslation("indicator.name")).setFlexGrow(4);
        grid.addComponentColumn(this::requiredBox).setHeader(getTranslation("admin.period.catalog.required"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(catalog.catalog(period.getId(), getLocale()));
        grid.setHeight("60vh");
        add(new Paragraph(getTranslation("admin.period.catalog.hint")), grid);
        getFooter().add(new Button(getTranslation("admin.close"), e -> close()));
    }

    private Checkbox requiredBox(PeriodCatalogLine line) {
        Checkbox box = new Checkbox(line.required());
        box.getElement().setAttribute("data-indicator", line.code());
        box.setAriaLabel(getTranslation("admin.period.catalog.required") + ": " + line.name());
        box.setReadOnly(!period.isOpen());
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return; // put back after a refusal
            }
            try {
                catalog.setRequired(period.getId(), line.indicatorId(), e.getValue());
                Notifications.success(getTranslation("admin.saved"));
            } catch (BusinessException refused) {
                Notifications.error(refused.message(getLocale()));
                box.setValue(e.getOldValue());
            }
        });
        return box;
    }
}
