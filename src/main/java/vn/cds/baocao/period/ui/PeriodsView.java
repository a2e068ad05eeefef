package vn.cds.baocao.period.ui;

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
import java.util.List;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.GridCsv;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.base.ui.form.Confirm;
import vn.cds.baocao.period.domain.Holiday;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.PeriodAdminService;
import vn.cds.baocao.period.service.PeriodAdminService.PeriodRow;
import vn.cds.baocao.period.service.PeriodCatalogRefresh;

/**
 * "Kỳ báo cáo": periods with their data window and deadline; generate, edit, open/close, refresh the catalog, extend
 * the deadline of one unit; and the holidays deadlines skip.
 */
@Route("quan-tri/ky-bao-cao")
@RolesAllowed("ADMIN")
@Menu(order = 130, title = "menu.admin.periods", icon = "vaadin:calendar")
public class PeriodsView extends VerticalLayout implements HasDynamicTitle {

    private final transient PeriodAdminService service;
    private final transient PeriodCatalogRefresh catalogRefresh;
    final Grid<PeriodRow> periods = new Grid<>();
    final Grid<Holiday> holidays = new Grid<>();

    public PeriodsView(PeriodAdminService service, PeriodCatalogRefresh catalogRefresh) {
        this.service = service;
        this.catalogRefresh = catalogRefresh;
        setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("admin.period.tab"), periodsTab());
        tabs.add(getTranslation("admin.holiday.tab"), holidaysTab());
        tabs.setSizeFull();
        add(new ViewTitle(getTranslation("menu.admin.periods")), tabs);
        refresh();
    }

    private VerticalLayout periodsTab() {
        Button generate = new Button(getTranslation("admin.period.generate"), VaadinIcon.PLUS.create(),
                e -> new GeneratePeriodsDialog(service, this::refresh).open());
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.setId("period-generate");
        periods.addColumn(r -> r.period().label(getLocale())).setHeader(getTranslation("period.label")).setAutoWidth(true);
        periods.addColumn(r -> VnFormat.date(r.period().getDataFrom()) + " – " + VnFormat.date(r.period().getDataTo()))
                .setHeader(getTranslation("period.window")).setAutoWidth(true);
        periods.addColumn(r -> VnFormat.date(r.period().getDeadline())).setHeader(getTranslation("period.deadline"))
                .setAutoWidth(true);
        periods.addColumn(r -> r.extensions() == 0 ? "" : getTranslation("admin.period.extensionCount",
                String.valueOf(r.extensions()))).setHeader(getTranslation("admin.period.extensions")).setAutoWidth(true);
        periods.addComponentColumn(r -> status(r.period())).setHeader(getTranslation("period.status")).setAutoWidth(true);
        periods.addColumn(r -> r.period().getNotes()).setHeader(getTranslation("period.notes")).setFlexGrow(1);
        periods.addComponentColumn(this::actions).setHeader(getTranslation("admin.actions")).setKey("actions").setAutoWidth(true).setFrozenToEnd(true)
                .setFlexGrow(0);
        periods.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        periods.setSizeFull();
        VerticalLayout tab = new VerticalLayout(new HorizontalLayout(generate, GridCsv.link(periods, "ky-bao-cao")),
                new Paragraph(getTranslation("admin.period.intro")), periods);
        tab.setPadding(false);
        tab.setSizeFull();
        return tab;
    }

    private Span status(ReportingPeriod period) {
        Span badge = new Span(getTranslation("period.status." + period.getStatus().name()));
        badge.getElement().getThemeList().addAll(period.isOpen() ? List.of("badge", "success") : List.of("badge", "contrast"));
        return badge;
    }

    private HorizontalLayout actions(PeriodRow row) {
        ReportingPeriod period = row.period();
        HorizontalLayout actions = new HorizontalLayout(
                small("admin.edit", e -> new PeriodDialog(service, period, this::refresh).open()),
                small("admin.period.extend", e -> new ExtensionsDialog(service, period, this::refresh).open()));
        if (period.isOpen()) {
            actions.add(small("admin.period.close", e -> Confirm.ask(getTranslation("admin.period.close"),
                    getTranslation("admin.period.closeConfirm", period.label(getLocale())), getTranslation("admin.period.close"),
                    () -> {
                        service.close(period.getId());
                        Notifications.success(getTranslation("admin.period.closed", period.label(getLocale())));
                        refresh();
                    })));
            actions.add(small("admin.period.refreshCatalog", e -> Confirm.ask(getTranslation("admin.period.refreshCatalog"),
                    getTranslation("admin.period.refreshCatalogConfirm", period.label(getLocale())),
                    getTranslation("admin.period.refreshCatalog"), () -> {
                        catalogRefresh.refreshCatalog(period.getId());
                        Notifications.success(getTranslation("admin.saved"));
                    })));
            actions.add(small("admin.period.catalog", e -> new PeriodCatalogDialog(catalogRefresh, period).open()));
        } else {
            actions.add(small("admin.period.open", e -> {
                service.open(period.getId());
                Notifications.success(getTranslation("admin.period.opened", period.label(getLocale())));
                refresh();
            }));
        }
        actions.setSpacing(false);
        return actions;
    }

    private VerticalLayout holidaysTab() {
        Button add = new Button(getTranslation("admin.holiday.add"), VaadinIcon.PLUS.create(),
                e -> new HolidayDialog(service, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("holiday-add");
        holidays.addColumn(h -> VnFormat.date(h.getDate())).setHeader(getTranslation("admin.holiday.date"))
                .setAutoWidth(true).setFlexGrow(0);
        holidays.addColumn(h -> getTranslation("admin.weekday." + h.getDate().getDayOfWeek().getValue()))
                .setHeader(getTranslation("admin.holiday.weekday")).setAutoWidth(true).setFlexGrow(0);
        holidays.addColumn(Holiday::getName).setHeader(getTranslation("admin.holiday.name")).setFlexGrow(1);
        holidays.addComponentColumn(h -> small("admin.delete", e -> Confirm.ask(getTranslation("admin.holiday.remove"),
                getTranslation("admin.holiday.removeConfirm", VnFormat.date(h.getDate()), h.getName()),
                getTranslation("admin.delete"), () -> {
                    service.removeHoliday(h.getDate());
                    Notifications.success(getTranslation("admin.deleted"));
                    refresh();
                }))).setHeader(getTranslation("admin.actions")).setKey("actions").setAutoWidth(true).setFrozenToEnd(true).setFlexGrow(0);
        holidays.setSizeFull();
        VerticalLayout tab = new VerticalLayout(new HorizontalLayout(add, GridCsv.link(holidays, "ngay-nghi")),
                new Paragraph(getTranslation("admin.holiday.intro")), holidays);
        tab.setPadding(false);
        tab.setSizeFull();
        return tab;
    }

    private Button small(String key, ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(getTranslation(key), listener);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void refresh() {
        periods.setItems(service.periods());
        holidays.setItems(service.holidays());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.periods");
    }
}
