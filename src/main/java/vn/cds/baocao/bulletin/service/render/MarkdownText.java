package vn.cds.baocao.bulletin.service.render;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/** PLACEHOLDER of the lead (replaced by the render helper's class on merge). */
public final class MarkdownText {

    private MarkdownText() {
    }

    public static String sanitizeInput(String typed) {
        return typed == null ? null : Jsoup.clean(typed, Safelist.none());
    }

    public static String plainText(String markdown) {
        return markdown == null ? "" : markdown;
    }
}
