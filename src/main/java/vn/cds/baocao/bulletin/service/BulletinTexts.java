package vn.cds.baocao.bulletin.service;

import java.util.Locale;
import vn.cds.baocao.base.i18n.Messages;

/** A bulletin is an official document of the province: its printed texts are always Vietnamese. */
final class BulletinTexts {

    static final Locale VI = Messages.VIETNAMESE;

    private BulletinTexts() {
    }

    static String text(String key, Object... args) {
        return Messages.get(VI, key, args);
    }
}
