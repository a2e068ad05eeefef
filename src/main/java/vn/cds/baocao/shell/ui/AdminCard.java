package vn.cds.baocao.shell.ui;

import com.vaadin.flow.router.RouterLink;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.organization.ui.UnitsView;
import vn.cds.baocao.period.ui.PeriodsView;
import vn.cds.baocao.security.ui.UsersView;

/** The administrator's card: where the accounts, units and periods are managed. */
class AdminCard extends HomeCard {

    AdminCard() {
        super("home-admin", Messages.get("home.admin.title"));
        add(hint(getTranslation("home.help.ADMIN")));
        add(line(new RouterLink(getTranslation("menu.admin.users"), UsersView.class)),
                line(new RouterLink(getTranslation("menu.admin.units"), UnitsView.class)),
                line(new RouterLink(getTranslation("menu.admin.periods"), PeriodsView.class)));
    }
}
