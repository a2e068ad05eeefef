package vn.cds.baocao.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.base.ui.LanguagePreference;
import vn.cds.baocao.notification.ui.NotificationBell;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.AppUserDetails;
import vn.cds.baocao.security.service.CurrentUser;

/**
 * The frame of every signed-in page: the menu holds only the views the user's roles may open (Vaadin filters
 * the {@code @Menu} entries by each view's access annotation), and the header names the user, unit and role.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, NotificationBell bell) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(menu()));
        HorizontalLayout userBox = userBox(currentUser.asSignedIn()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in")));
        userBox.addComponentAsFirst(bell);
        addToNavbar(new DrawerToggle(), userBox);
    }

    private Div brand() {
        Div brand = new Div();
        brand.addClassName("cds-brand");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("cds-brand-name");
        Span subtitle = new Span(getTranslation("app.subtitle"));
        subtitle.addClassName("cds-brand-subtitle");
        brand.add(name, subtitle);
        return brand;
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.addClassName("cds-menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private HorizontalLayout userBox(AppUserDetails user) {
        VerticalLayout who = new VerticalLayout();
        who.setPadding(false);
        who.setSpacing(false);
        who.addClassName("cds-user");
        Span name = new Span(user.getFullName());
        name.addClassName("cds-user-name");
        String roles = user.getRoles().stream()
                .map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(", "));
        String detail = user.hasRole(Role.REPORTER) && user.getUnitName() != null
                ? roles + " · " + user.getUnitName() : roles;
        Span role = new Span(detail);
        role.addClassName("cds-user-role");
        who.add(name, role);

        Button language = new Button(getTranslation("layout.switchLanguage"), e -> switchLanguage());
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.getElement().setAttribute("title", getTranslation("layout.switchLanguage.title"));

        Button logout = new Button(getTranslation("layout.logout"), new Icon(VaadinIcon.SIGN_OUT),
                e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        Button password = new Button(new Icon(VaadinIcon.KEY), e -> UI.getCurrent().navigate("doi-mat-khau"));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        password.getElement().setAttribute("title", getTranslation("admin.password.changeTitle"));
        password.getElement().setAttribute("aria-label", getTranslation("admin.password.changeTitle"));
        password.setId("change-password-link");

        HorizontalLayout box = new HorizontalLayout(who, language, password, logout);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.addClassName("cds-userbox");
        return box;
    }

    private void switchLanguage() {
        UI ui = UI.getCurrent();
        boolean english = Messages.ENGLISH.getLanguage().equals(ui.getLocale().getLanguage());
        LanguagePreference.set(ui.getSession(), english ? Messages.VIETNAMESE : Messages.ENGLISH);
        ui.getPage().reload();
    }
}
