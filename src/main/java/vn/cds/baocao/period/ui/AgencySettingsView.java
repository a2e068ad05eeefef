package vn.cds.baocao.period.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import vn.cds.baocao.base.ui.GridCsv;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.base.ui.form.Confirm;
import vn.cds.baocao.period.domain.AgencySetting;
import vn.cds.baocao.period.domain.AgencySettingKey;
import vn.cds.baocao.period.service.AgencySettings;
import vn.cds.baocao.period.service.AgencySettings.AgencyProfile;

/**
 * "Thiết lập chung": the names and numbering printed on reports (province, People's Committee, Steering Committee,
 * reviewing agency, report number template) and the deadline rule, each with the day it takes effect.
 */
@Route("quan-tri/thiet-lap")
@RolesAllowed("ADMIN")
@Menu(order = 140, title = "menu.admin.settings", icon = "vaadin:cog")
public class AgencySettingsView extends VerticalLayout implements HasDynamicTitle {

    private final transient AgencySettings settings;
    private final transient Clock clock;
    final FormLayout current = new FormLayout();
    final Grid<AgencySetting> history = new Grid<>();

    public AgencySettingsView(AgencySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        setWidthFull();
        Button change = new Button(getTranslation("admin.settings.change"), VaadinIcon.EDIT.create(),
                e -> new SettingDialog(settings, LocalDate.now(clock), this::refresh).open());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("setting-change");

        history.addColumn(s -> getTranslation("admin.settings.key." + s.getKey().name()))
                .setHeader(getTranslation("admin.settings.setting")).setFlexGrow(2);
        history.addColumn(s -> VnFormat.date(s.getValidFrom())).setHeader(getTranslation("admin.audit.field.effectiveFrom"))
                .setAutoWidth(true);
        history.addColumn(AgencySetting::getValue).setHeader(getTranslation("admin.audit.field.value")).setFlexGrow(1);
        history.addColumn(s -> s.getUpdatedBy() + ", " + VnFormat.dateTime(s.getUpdatedAt()))
                .setHeader(getTranslation("admin.settings.updatedBy")).setAutoWidth(true);
        history.addComponentColumn(s -> {
            Button remove = new Button(getTranslation("admin.delete"), e -> Confirm.ask(
                    getTranslation("admin.settings.removeTitle"),
                    getTranslation("admin.settings.removeConfirm", getTranslation("admin.settings.key." + s.getKey().name()),
                            VnFormat.date(s.getValidFrom())),
                    getTranslation("admin.delete"), () -> {
                        settings.remove(s.getId());
                        Notifications.success(getTranslation("admin.deleted"));
                        refresh();
                    }));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        history.setAllRowsVisible(true);

        add(new ViewTitle(getTranslation("menu.admin.settings")),
                new Paragraph(getTranslation("admin.settings.intro")), new HorizontalLayout(change),
                new H3(getTranslation("admin.settings.currentTitle")), current,
                new H3(getTranslation("admin.settings.historyTitle")), GridCsv.link(history, "thiet-lap-chung"), history);
        refresh();
    }

    private void refresh() {
        LocalDate today = LocalDate.now(clock);
        AgencyProfile profile = settings.on(today);
        current.removeAll();
        for (AgencySettingKey key : AgencySettingKey.values()) {
            Span value = new Span(settings.value(key, today));
            value.addClassName("cds-setting-value");
            value.getStyle().set("font-weight", "600");
            current.addFormItem(value, getTranslation("admin.settings.key." + key.name()));
        }
        Span example = new Span(profile.reportNumber(5, today.getYear()));
        current.addFormItem(example, getTranslation("admin.settings.numberExample"));
        history.setItems(settings.history());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.settings");
    }
}
