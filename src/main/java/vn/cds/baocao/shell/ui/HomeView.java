package vn.cds.baocao.shell.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import vn.cds.baocao.analytics.service.LeaderHomeService;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.bulletin.service.BulletinReader;
import vn.cds.baocao.report.service.ReporterHomeService;
import vn.cds.baocao.review.service.ReviewerHomeService;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.AppUserDetails;
import vn.cds.baocao.security.service.CurrentUser;

/**
 * Start page: one card per role of the signed-in user (a user may have several), each from the read service of the
 * feature that owns its data. The cards wrap into one column at a phone's width (home.css).
 */
@Route("")
@PermitAll
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
@StyleSheet("context://cds/home.css")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser, LeaderHomeService leaders, ReviewerHomeService reviewers,
                    ReporterHomeService reporters, BulletinReader bulletins) {
        AppUserDetails user = currentUser.require();
        addClassName("cds-home");
        setWidthFull();
        add(new ViewTitle(getTranslation("home.welcome", user.getFullName())));
        String roles = user.getRoles().stream().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "));
        Paragraph who = new Paragraph(user.getUnitName() == null ? getTranslation("home.roles", roles)
                : getTranslation("home.rolesAndUnit", roles, user.getUnitName()));
        who.addClassName("cds-hint");
        add(who);

        Div cards = new Div();
        cards.addClassName("cds-home-cards");
        cards.setId("home-cards");
        if (user.getRoles().contains(Role.REPORTER)) {
            cards.add(new ReporterCard(reporters.home(), getLocale()));
        }
        if (user.getRoles().contains(Role.REVIEWER)) {
            cards.add(new ReviewerCard(reviewers.home(), getLocale()));
        }
        if (user.getRoles().contains(Role.LEADER)) {
            cards.add(new LeaderCard(leaders.home(getLocale()), getLocale()));
        }
        boolean composes = user.hasRole(Role.REVIEWER) || user.hasRole(Role.PUBLISHER);
        if (composes || user.hasRole(Role.LEADER)) {
            cards.add(new BulletinCard(bulletins.home(), composes));
        }
        if (user.getRoles().contains(Role.ADMIN)) {
            cards.add(new AdminCard());
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " · " + getTranslation("app.name");
    }
}
