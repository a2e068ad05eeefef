package vn.cds.baocao.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.bulletin.service.BulletinHome;
import vn.cds.baocao.bulletin.service.BulletinRoutes;
import vn.cds.baocao.bulletin.service.BulletinSummary;

/**
 * The bulletin's card ("Báo cáo chuyên đề"): the newest published bulletin for everyone who reads them; what waits
 * for approval and the newest bulletin in the works for the composers and the approver.
 */
class BulletinCard extends HomeCard {

    BulletinCard(BulletinHome home, boolean composes) {
        super("home-bulletin", Messages.get("home.bulletin.title"));
        BulletinSummary latest = home.latest();
        if (latest == null) {
            add(hint(getTranslation("home.bulletin.noneYet")));
        } else {
            Anchor read = new Anchor(BulletinRoutes.reader(latest.id()), getTranslation("home.bulletin.latest",
                    latest.periodLabel(), latest.numberLine(), VnFormat.date(latest.issuedOn())));
            read.setId("home-bulletin-latest");
            read.addClassName("cds-home-big");
            add(line(read));
        }
        if (composes) {
            if (home.awaitingApproval() > 0) {
                Anchor waiting = new Anchor(BulletinRoutes.COMPOSE_LIST, getTranslation("home.bulletin.awaiting",
                        VnFormat.integer(home.awaitingApproval())));
                waiting.setId("home-bulletin-awaiting");
                add(line(waiting, badge(getTranslation("bulletin.status.SUBMITTED"), "")));
            }
            if (home.newest() != null && !home.newest().equals(latest)) {
                BulletinSummary newest = home.newest();
                add(line(new Anchor(BulletinRoutes.editor(newest.id()), getTranslation("home.bulletin.newest",
                        newest.periodLabel())), badge(getTranslation("bulletin.status." + newest.status().name()),
                        "contrast")));
            }
            add(line(new Anchor(BulletinRoutes.COMPOSE_LIST, getTranslation("home.bulletin.compose"))));
        }
        add(line(new Anchor(BulletinRoutes.READ_LIST, getTranslation("home.bulletin.all"))));
    }
}
