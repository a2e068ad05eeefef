package vn.cds.baocao.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;
import vn.cds.baocao.base.ui.GridCsv;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.base.ui.form.Cells;
import vn.cds.baocao.base.ui.form.Confirm;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.UserAdminService;
import vn.cds.baocao.security.service.UserAdminService.UserFilter;

/** "Người dùng": search accounts; create, edit, disable, reset a password, unlock. */
@Route("quan-tri/nguoi-dung")
@RolesAllowed("ADMIN")
@Menu(order = 100, title = "menu.admin.users", icon = "vaadin:users")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserAdminService service;
    private final transient Clock clock;
    private final Grid<AppUser> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final ComboBox<Boolean> state = new ComboBox<>();

    public UsersView(UserAdminService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        setSizeFull();
        Button add = new Button(getTranslation("admin.user.add"), VaadinIcon.PLUS.create(), e -> openCreate());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("user-add");
        HorizontalLayout header = new HorizontalLayout(new ViewTitle(getTranslation("menu.admin.users")), add);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header, filters(), GridCsv.link(grid, "nguoi-dung"), grid);
        configureGrid();
        refresh();
    }

    private HorizontalLayout filters() {
        search.setPlaceholder(getTranslation("admin.user.searchPlaceholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("22em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        role.setPlaceholder(getTranslation("admin.user.anyRole"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setClearButtonVisible(true);
        unit.setPlaceholder(getTranslation("admin.user.anyUnit"));
        unit.setItems(service.assignableUnits());
        unit.setItemLabelGenerator(Unit::getShortName);
        unit.setClearButtonVisible(true);
        unit.setWidth("18em");
        state.setPlaceholder(getTranslation("admin.user.anyState"));
        state.setItems(true, false);
        state.setItemLabelGenerator(enabled -> getTranslation(enabled ? "user.enabled" : "user.disabled"));
        state.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        role.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, role, unit, state);
        filters.setWrap(true);
        return filters;
    }

    private void configureGrid() {
        grid.addComponentColumn(u -> Cells.twoLines(u.getFullName(), u.getUsername()))
                .setHeader(getTranslation("user.fullName") + " / " + getTranslation("user.username")).setFlexGrow(3)
                .setSortProperty(UserAdminService.SORT_NAME);
        grid.addColumn(u -> u.getRoles().stream().map(r -> getTranslation("role." + r.name())).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("user.roles")).setAutoWidth(true);
        grid.addColumn(u -> u.getUnit() == null ? "" : u.getUnit().getShortName()).setHeader(getTranslation("unit"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::stateBadge).setHeader(getTranslation("user.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.actions")).setKey("actions").setAutoWidth(true).setFrozenToEnd(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
    }

    private Span stateBadge(AppUser user) {
        LocalDateTime now = LocalDateTime.now(clock);
        String text;
        String theme;
        if (!user.isEnabled()) {
            text = getTranslation("user.disabled");
            theme = "badge contrast";
        } else if (user.isLockedAt(now)) {
            text = getTranslation("admin.user.lockedUntil", VnFormat.dateTime(user.getLockedUntil()));
            theme = "badge error";
        } else if (user.isMustChangePassword()) {
            text = getTranslation("admin.user.mustChangePassword");
            theme = "badge";
        } else {
            text = getTranslation("user.enabled");
            theme = "badge success";
        }
        Span badge = new Span(text);
        badge.getElement().getThemeList().addAll(Arrays.asList(theme.split(" ")));
        return badge;
    }

    private HorizontalLayout actions(AppUser user) {
        Button edit = small(getTranslation("admin.edit"), e -> new UserDialog(service, user, this::refresh).open());
        Button reset = small(getTranslation("admin.user.resetPassword"),
                e -> new ResetPasswordDialog(service, user, this::refresh).open());
        Button toggle = small(getTranslation(user.isEnabled() ? "admin.user.disable" : "admin.user.enable"),
                e -> toggle(user));
        HorizontalLayout actions = new HorizontalLayout(edit, reset, toggle);
        if (user.isLockedAt(LocalDateTime.now(clock))) {
            actions.add(small(getTranslation("admin.user.unlock"), e -> {
                service.unlock(user.getId());
                Notifications.success(getTranslation("admin.user.unlocked", user.getUsername()));
                refresh();
            }));
        }
        actions.setSpacing(false);
        return actions;
    }

    private void toggle(AppUser user) {
        if (user.isEnabled()) {
            Confirm.ask(getTranslation("admin.user.disable"),
                    getTranslation("admin.user.disableConfirm", user.getUsername(), user.getFullName()),
                    getTranslation("admin.user.disable"), () -> {
                        service.setEnabled(user.getId(), false);
                        Notifications.success(getTranslation("admin.user.disabled", user.getUsername()));
                        refresh();
                    });
        } else {
            service.setEnabled(user.getId(), true);
            Notifications.success(getTranslation("admin.user.enabled", user.getUsername()));
            refresh();
        }
    }

    private void openCreate() {
        new UserDialog(service, null, this::refresh).open();
    }

    private void refresh() {
        UserFilter filter = new UserFilter(search.getValue(), role.getValue(),
                unit.getValue() == null ? null : unit.getValue().getId(), state.getValue());
        grid.setItemsPageable(page -> service.page(filter, page), page -> service.count(filter));
    }

    private static Button small(String text,
                                com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> listener) {
        Button button = new Button(text, listener);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.users");
    }
}
