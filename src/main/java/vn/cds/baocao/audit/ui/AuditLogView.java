package vn.cds.baocao.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.cds.baocao.audit.domain.AdminAuditEntry;
import vn.cds.baocao.audit.domain.AuditObject;
import vn.cds.baocao.audit.service.AdminAudit;
import vn.cds.baocao.audit.service.AdminAudit.AuditFilter;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.GridCsv;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.base.ui.form.VnDatePicker;

/** "Nhật ký quản trị": every administrative action, who did it and when. Read-only. */
@Route("quan-tri/nhat-ky")
@RolesAllowed("ADMIN")
@Menu(order = 150, title = "menu.admin.audit", icon = "vaadin:records")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final transient AdminAudit audit;
    final Grid<AdminAuditEntry> grid = new Grid<>();
    final VnDatePicker from = new VnDatePicker(null);
    final VnDatePicker to = new VnDatePicker(null);
    final TextField actor = new TextField();
    final ComboBox<AuditObject> objectType = new ComboBox<>();
    final TextField text = new TextField();

    public AuditLogView(AdminAudit audit) {
        this.audit = audit;
        setSizeFull();
        from.setLabel(getTranslation("admin.audit.from"));
        to.setLabel(getTranslation("admin.audit.to"));
        actor.setLabel(getTranslation("admin.audit.actor"));
        actor.setClearButtonVisible(true);
        objectType.setLabel(getTranslation("admin.audit.objectType"));
        objectType.setItems(AuditObject.values());
        objectType.setItemLabelGenerator(o -> getTranslation("admin.audit.object." + o.name()));
        objectType.setClearButtonVisible(true);
        text.setLabel(getTranslation("admin.audit.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setWidth("18em");
        for (var field : List.of(actor, text)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> refresh());
        }
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        objectType.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(from, to, actor, objectType, text);
        filters.setWrap(true);

        grid.addColumn(e -> VnFormat.dateTime(e.getOccurredAt())).setHeader(getTranslation("admin.audit.time"))
                .setAutoWidth(true).setFlexGrow(0).setSortProperty(AdminAudit.SORT_TIME);
        grid.addColumn(AdminAuditEntry::getActor).setHeader(getTranslation("admin.audit.actor")).setAutoWidth(true)
                .setFlexGrow(0).setSortProperty(AdminAudit.SORT_ACTOR);
        grid.addColumn(e -> getTranslation("admin.audit.action." + e.getAction().name()))
                .setHeader(getTranslation("admin.audit.action")).setAutoWidth(true).setFlexGrow(0)
                .setSortProperty(AdminAudit.SORT_ACTION);
        grid.addColumn(AdminAuditEntry::getObjectKey).setHeader(getTranslation("admin.audit.object"))
                .setAutoWidth(true).setFlexGrow(0).setSortProperty(AdminAudit.SORT_OBJECT);
        grid.addColumn(AdminAuditEntry::getDetails).setHeader(getTranslation("admin.audit.details")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        add(new ViewTitle(getTranslation("menu.admin.audit")),
                new Paragraph(getTranslation("admin.audit.intro")), filters, GridCsv.link(grid, "nhat-ky-quan-tri"), grid);
        refresh();
    }

    private void refresh() {
        AuditFilter filter = new AuditFilter(from.getValue(), to.getValue(), actor.getValue(), objectType.getValue(),
                text.getValue());
        grid.setItemsPageable(page -> audit.page(filter, page), page -> audit.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.audit");
    }
}
