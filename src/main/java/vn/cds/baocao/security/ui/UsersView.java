package vn.cds.baocao.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.service.UserDirectory;

/** "Người dùng": every account with its roles and unit. */
@Route("quan-tri/nguoi-dung")
@RolesAllowed("ADMIN")
@Menu(order = 100, title = "menu.admin.users", icon = "vaadin:users")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    public UsersView(UserDirectory users) {
        setSizeFull();
        add(new ViewTitle(getTranslation("menu.admin.users")));
        Grid<AppUser> grid = new Grid<>();
        grid.addColumn(AppUser::getUsername).setHeader(getTranslation("user.username")).setAutoWidth(true);
        grid.addColumn(AppUser::getFullName).setHeader(getTranslation("user.fullName")).setAutoWidth(true);
        grid.addColumn(u -> u.getRoles().stream().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("user.roles")).setAutoWidth(true);
        grid.addColumn(u -> u.getUnit() == null ? "" : u.getUnit().getShortName()).setHeader(getTranslation("unit"));
        grid.addColumn(u -> getTranslation(u.isEnabled() ? "user.enabled" : "user.disabled"))
                .setHeader(getTranslation("user.state"));
        grid.setItems(users.allUsers());
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.users");
    }
}
