package vn.cds.baocao.bulletin.ui;

import com.vaadin.flow.component.html.Span;
import vn.cds.baocao.base.i18n.Messages;

/** The badges of the readers' screens. */
final class BulletinReadBadges {

    private BulletinReadBadges() {
    }

    /** "Bản đính chính lần 2" on a correction. */
    static Span correction(int edition) {
        Span badge = new Span();
        badge.setText(Messages.get("bulletin.reader.correctionBadge", String.valueOf(edition)));
        badge.getElement().getThemeList().add("badge contrast");
        badge.addClassName("bulletin-read-correction");
        return badge;
    }
}
