package vn.cds.baocao.organization.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import vn.cds.baocao.base.ui.GridCsv;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.base.ui.form.Cells;
import vn.cds.baocao.base.ui.form.Confirm;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.service.UnitAdminService;
import vn.cds.baocao.organization.service.UnitHistory;
import vn.cds.baocao.organization.service.UnitImportService;
import vn.cds.baocao.organization.service.UnitService;
import vn.cds.baocao.organization.service.UnitService.UnitRow;

/**
 * "Đơn vị": the province's units with type, parent, validity and successor; add, edit, rename, end, merge, import
 * from a file, and each unit's history (earlier names, lineage).
 */
@Route("quan-tri/don-vi")
@RolesAllowed("ADMIN")
@Menu(order = 110, title = "menu.admin.units", icon = "vaadin:building")
public class UnitsView extends VerticalLayout implements HasDynamicTitle {

    private final transient UnitService units;
    private final transient UnitAdminService admin;
    private final transient UnitHistory history;
    private final transient UnitImportService imports;
    private final transient Clock clock;
    final Grid<UnitRow> grid = new Grid<>();
    final TextField search = new TextField();
    final Checkbox showEnded = new Checkbox();

    public UnitsView(UnitService units, UnitAdminService admin, UnitHistory history, UnitImportService imports,
                     Clock clock) {
        this.units = units;
        this.admin = admin;
        this.history = history;
        this.imports = imports;
        this.clock = clock;
        setSizeFull();

        Button add = new Button(getTranslation("admin.unit.add"), VaadinIcon.PLUS.create(),
                e -> new UnitDialog(units, admin, null, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("unit-add");
        Button merge = new Button(getTranslation("admin.unit.merge"), VaadinIcon.CONNECT.create(),
                e -> new MergeUnitsDialog(units, admin, this::refresh).open());
        merge.setId("unit-merge");
        Button importFile = new Button(getTranslation("admin.unitImport.button"), VaadinIcon.UPLOAD.create(),
                e -> new UnitImportDialog(imports, units.unitTypes(), this::refresh).open());
        importFile.setId("unit-import");
        HorizontalLayout buttons = new HorizontalLayout(importFile, merge, add);
        HorizontalLayout header = new HorizontalLayout(new ViewTitle(getTranslation("menu.admin.units")), buttons);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);

        search.setPlaceholder(getTranslation("admin.unit.searchPlaceholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("22em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        showEnded.setLabel(getTranslation("admin.unit.showEnded"));
        showEnded.setValue(true);
        showEnded.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, showEnded);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addComponentColumn(r -> Cells.twoLines(r.unit().getFullName(), r.unit().getShortName()))
                .setHeader(getTranslation("unit")).setFlexGrow(4);
        grid.addColumn(r -> r.unit().getCode()).setHeader(getTranslation("unit.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.unit().getType().name(getLocale())).setHeader(getTranslation("unit.type"))
                .setFlexGrow(2);
        grid.addColumn(UnitRow::parentName).setHeader(getTranslation("admin.unit.parent")).setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader(getTranslation("admin.unit.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.actions")).setKey("actions").setAutoWidth(true).setFrozenToEnd(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        add(header, filters, GridCsv.link(grid, "don-vi"), grid);
        refresh();
    }

    private Span status(UnitRow row) {
        Unit unit = row.unit();
        LocalDate today = LocalDate.now(clock);
        String text;
        String theme;
        if (unit.getSuccessor() != null) {
            text = getTranslation("admin.unit.statusMerged", row.successorName(),
                    VnFormat.date(unit.getValidTo().plusDays(1)));
            theme = "badge contrast";
        } else if (unit.getValidTo() != null && unit.getValidTo().isBefore(today)) {
            text = getTranslation("admin.unit.statusEnded", VnFormat.date(unit.getValidTo().plusDays(1)));
            theme = "badge contrast";
        } else if (unit.getValidTo() != null) {
            text = getTranslation("admin.unit.statusEnding", VnFormat.date(unit.getValidTo()));
            theme = "badge";
        } else if (unit.getValidFrom().isAfter(today)) {
            text = getTranslation("admin.unit.statusFuture", VnFormat.date(unit.getValidFrom()));
            theme = "badge";
        } else {
            text = getTranslation("admin.unit.statusActive");
            theme = "badge success";
        }
        Span badge = new Span(text);
        badge.getElement().getThemeList().addAll(java.util.List.of(theme.split(" ")));
        return badge;
    }

    private HorizontalLayout actions(UnitRow row) {
        Unit unit = row.unit();
        HorizontalLayout actions = new HorizontalLayout(
                small("admin.edit", e -> new UnitDialog(units, admin, unit, this::refresh).open()),
                small("admin.unit.rename", e -> new RenameUnitDialog(admin, unit, this::refresh).open()));
        if (unit.getSuccessor() == null && unit.getValidTo() == null) {
            actions.add(small("admin.unit.deactivate", e -> new DeactivateUnitDialog(admin, unit, this::refresh).open()));
        } else if (unit.getSuccessor() == null) {
            actions.add(small("admin.unit.reactivate", e -> Confirm.ask(getTranslation("admin.unit.reactivate"),
                    getTranslation("admin.unit.reactivateConfirm", unit.getFullName()),
                    getTranslation("admin.unit.reactivate"), () -> {
                        admin.reactivate(unit.getId());
                        Notifications.success(getTranslation("admin.saved"));
                        refresh();
                    })));
        }
        actions.add(small("admin.unit.history", e -> new UnitHistoryDialog(history, unit).open()));
        actions.setSpacing(false);
        return actions;
    }

    private Button small(String key, ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(getTranslation(key), listener);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void refresh() {
        String text = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        LocalDate today = LocalDate.now(clock);
        grid.setItems(units.unitRows().stream()
                .filter(r -> showEnded.getValue() || !r.unit().hasEndedBy(today))
                .filter(r -> text.isEmpty() || (r.unit().getCode() + " " + r.unit().getFullName() + " "
                        + r.unit().getShortName() + " " + String.join(" ", r.aliases()))
                        .toLowerCase(Locale.ROOT).contains(text))
                .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.units");
    }
}
