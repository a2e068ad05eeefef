package vn.cds.baocao.bulletin.service.render;

import vn.cds.baocao.base.i18n.Messages;

/** The few labels the writers print themselves (the bulletin is a Vietnamese document, whoever reads it). */
final class BulletinLabels {

    private BulletinLabels() {
    }

    static String recipients() {
        return Messages.get(Messages.VIETNAMESE, "bulletin.render.recipients");
    }

    static String highlightsTitle() {
        return Messages.get(Messages.VIETNAMESE, "analytics.highlight.title");
    }

    static String numberColumn() {
        return Messages.get(Messages.VIETNAMESE, "analytics.column.number");
    }

    static String unitColumn() {
        return Messages.get(Messages.VIETNAMESE, "analytics.column.unit");
    }

    static String continued(String title) {
        return Messages.get(Messages.VIETNAMESE, "exchange.document.continued", title);
    }

    static String notApproved(java.util.List<String> units) {
        return Messages.get(Messages.VIETNAMESE, "exchange.document.notApproved", String.join(", ", units));
    }

    /** "1. " before an item's title, unless the title already starts with its number. */
    static String numbered(int number, String title) {
        String text = title == null ? "" : title.strip();
        return number > 0 && !text.startsWith(number + ".") ? number + ". " + text : text;
    }
}
