package vn.cds.baocao.indicator.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.cds.baocao.base.ui.GridCsv;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.base.ui.form.Cells;
import vn.cds.baocao.base.ui.form.Confirm;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.IndicatorSection;
import vn.cds.baocao.indicator.service.IndicatorAdminService;
import vn.cds.baocao.indicator.service.IndicatorAdminService.TargetView;
import vn.cds.baocao.organization.domain.UnitType;
import vn.cds.baocao.organization.service.UnitService;

/** "Chỉ tiêu": the indicator catalog, its sections, and the targets per year. */
@Route("quan-tri/chi-tieu")
@RolesAllowed("ADMIN")
@Menu(order = 120, title = "menu.admin.indicators", icon = "vaadin:list-ol")
public class IndicatorsView extends VerticalLayout implements HasDynamicTitle {

    private final transient IndicatorAdminService service;
    private final transient UnitService units;
    private final transient Clock clock;
    private final transient List<UnitType> unitTypes;
    final Grid<Indicator> indicators = new Grid<>();
    final Grid<IndicatorSection> sections = new Grid<>();
    final Grid<TargetView> targets = new Grid<>();
    final TabSheet tabs = new TabSheet();

    public IndicatorsView(IndicatorAdminService service, UnitService units, Clock clock) {
        this.service = service;
        this.units = units;
        this.clock = clock;
        this.unitTypes = units.unitTypes();
        setSizeFull();
        tabs.add(getTranslation("admin.indicator.tab"), indicatorsTab());
        tabs.add(getTranslation("admin.section.tab"), sectionsTab());
        tabs.add(getTranslation("target.title"), targetsTab());
        tabs.setSizeFull();
        add(new ViewTitle(getTranslation("menu.admin.indicators")), tabs);
        refresh();
    }

    private VerticalLayout indicatorsTab() {
        Button add = primary("admin.indicator.add",
                e -> new IndicatorDialog(service, units, null, LocalDate.now(clock), this::refresh).open());
        add.setId("indicator-add");
        indicators.addColumn(i -> i.getSection().name(getLocale())).setHeader(getTranslation("indicator.section"))
                .setFlexGrow(1);
        indicators.addComponentColumn(i -> Cells.twoLines(i.name(getLocale()), i.getCode()))
                .setHeader(getTranslation("indicator.name")).setFlexGrow(5);
        indicators.addColumn(i -> getTranslation("valueType." + i.getValueType().name()))
                .setHeader(getTranslation("indicator.valueType")).setAutoWidth(true).setFlexGrow(0);
        indicators.addColumn(this::unitTypeNames).setHeader(getTranslation("indicator.unitTypes")).setFlexGrow(2);
        indicators.addComponentColumn(this::validity).setHeader(getTranslation("indicator.validity")).setWidth("10em")
                .setFlexGrow(0);
        indicators.addComponentColumn(this::indicatorActions).setHeader(getTranslation("admin.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        indicators.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        indicators.setSizeFull();
        VerticalLayout tab = new VerticalLayout(new HorizontalLayout(add, GridCsv.link(indicators, "chi-tieu")),
                new Paragraph(getTranslation("admin.indicator.intro")), indicators);
        tab.setSizeFull();
        tab.setPadding(false);
        return tab;
    }

    private String unitTypeNames(Indicator indicator) {
        return unitTypes.stream().filter(t -> indicator.getUnitTypeCodes().contains(t.getCode()))
                .map(t -> t.name(getLocale())).collect(Collectors.joining("; "));
    }

    private Span validity(Indicator indicator) {
        LocalDate today = LocalDate.now(clock);
        Span span = new Span(VnFormat.date(indicator.getValidFrom()) + " – " + VnFormat.date(indicator.getValidTo()));
        if (indicator.getValidTo() != null && indicator.getValidTo().isBefore(today)) {
            span.setText(getTranslation("admin.indicator.retiredSince", VnFormat.date(indicator.getValidTo())));
            span.getElement().getThemeList().addAll(List.of("badge", "contrast"));
        }
        return span;
    }

    private HorizontalLayout indicatorActions(Indicator indicator) {
        HorizontalLayout actions = new HorizontalLayout(small("admin.edit",
                e -> new IndicatorDialog(service, units, service.indicator(indicator.getId()),
                        LocalDate.now(clock), this::refresh).open()));
        if (indicator.getValidTo() == null) {
            actions.add(small("admin.indicator.retire", e -> new RetireIndicatorDialog(service, indicator,
                    this::refresh).open()));
        } else {
            actions.add(small("admin.indicator.reinstate", e -> Confirm.ask(getTranslation("admin.indicator.reinstate"),
                    getTranslation("admin.indicator.reinstateConfirm", indicator.getNameVi()),
                    getTranslation("admin.indicator.reinstate"), () -> {
                        service.reinstate(indicator.getId());
                        Notifications.success(getTranslation("admin.saved"));
                        refresh();
                    })));
        }
        actions.setSpacing(false);
        return actions;
    }

    private VerticalLayout sectionsTab() {
        Button add = primary("admin.section.add", e -> new SectionDialog(service, null, this::refresh).open());
        add.setId("section-add");
        sections.addColumn(IndicatorSection::getDisplayOrder).setHeader(getTranslation("admin.displayOrder"))
                .setAutoWidth(true).setFlexGrow(0);
        sections.addColumn(IndicatorSection::getCode).setHeader(getTranslation("indicator.code")).setAutoWidth(true);
        sections.addColumn(IndicatorSection::getNameVi).setHeader(getTranslation("admin.section.nameVi")).setFlexGrow(1);
        sections.addColumn(IndicatorSection::getNameEn).setHeader(getTranslation("admin.section.nameEn")).setFlexGrow(1);
        sections.addComponentColumn(s -> small("admin.edit", e -> new SectionDialog(service, s, this::refresh).open()))
                .setHeader(getTranslation("admin.actions")).setKey("actions").setAutoWidth(true).setFrozenToEnd(true).setFlexGrow(0);
        sections.setSizeFull();
        VerticalLayout tab = new VerticalLayout(new HorizontalLayout(add, GridCsv.link(sections, "nhom-chi-tieu")),
                sections);
        tab.setSizeFull();
        tab.setPadding(false);
        return tab;
    }

    private VerticalLayout targetsTab() {
        Button add = primary("admin.target.add", e -> new TargetDialog(service, null, null, this::refresh).open());
        add.setId("target-add");
        targets.addColumn(TargetView::indicatorName).setHeader(getTranslation("indicator.name")).setFlexGrow(1);
        targets.addColumn(t -> String.valueOf(t.year())).setHeader(getTranslation("target.year")).setAutoWidth(true);
        targets.addColumn(t -> t.comparator().symbol() + " " + VnFormat.number(t.value(), 2))
                .setHeader(getTranslation("target.value")).setAutoWidth(true);
        targets.addColumn(t -> t.unitTypeCode() == null ? getTranslation("admin.target.allUnitTypes") : t.unitTypeCode())
                .setHeader(getTranslation("admin.target.unitType")).setAutoWidth(true);
        targets.addColumn(TargetView::source).setHeader(getTranslation("target.source")).setFlexGrow(1);
        targets.addComponentColumn(this::targetActions).setHeader(getTranslation("admin.actions")).setKey("actions").setAutoWidth(true).setFrozenToEnd(true)
                .setFlexGrow(0);
        targets.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        targets.setSizeFull();
        VerticalLayout tab = new VerticalLayout(new HorizontalLayout(add, GridCsv.link(targets, "chi-tieu-phai-dat")),
                new Paragraph(getTranslation("admin.target.intro")), targets);
        tab.setSizeFull();
        tab.setPadding(false);
        return tab;
    }

    private HorizontalLayout targetActions(TargetView target) {
        HorizontalLayout actions = new HorizontalLayout(
                small("admin.edit", e -> new TargetDialog(service, service.indicator(target.indicatorId()), target,
                        this::refresh).open()),
                small("admin.delete", e -> Confirm.ask(getTranslation("admin.target.deleteTitle"),
                        getTranslation("admin.target.deleteConfirm", target.indicatorName(), String.valueOf(target.year())),
                        getTranslation("admin.delete"), () -> {
                            service.deleteTarget(target.id());
                            Notifications.success(getTranslation("admin.deleted"));
                            refresh();
                        })));
        actions.setSpacing(false);
        return actions;
    }

    private void refresh() {
        indicators.setItems(service.indicators());
        sections.setItems(service.sections());
        targets.setItems(service.targets());
    }

    private Button primary(String key, ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(getTranslation(key), VaadinIcon.PLUS.create(), listener);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private Button small(String key, ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(getTranslation(key), listener);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.indicators");
    }
}
