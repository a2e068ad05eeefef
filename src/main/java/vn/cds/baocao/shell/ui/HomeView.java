package vn.cds.baocao.shell.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import vn.cds.baocao.security.service.AppUserDetails;
import vn.cds.baocao.security.service.CurrentUser;

/** Start page: who is signed in and what they can do here. */
@Route("")
@PermitAll
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser) {
        AppUserDetails user = currentUser.require();
        add(new H2(getTranslation("home.welcome", user.getFullName())));
        String roles = user.getRoles().stream().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "));
        add(new Paragraph(getTranslation("home.roles", roles)));
        if (user.getUnitName() != null) {
            add(new Paragraph(getTranslation("home.unit", user.getUnitName())));
        }
        user.getRoles().forEach(role -> add(new Paragraph(getTranslation("home.help." + role.name()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " · " + getTranslation("app.name");
    }
}
