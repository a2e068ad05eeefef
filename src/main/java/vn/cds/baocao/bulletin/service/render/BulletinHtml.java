package vn.cds.baocao.bulletin.service.render;

/** PLACEHOLDER of the lead (replaced by the render helper's class on merge). */
public final class BulletinHtml {

    private BulletinHtml() {
    }

    public static String render(BulletinContent content) {
        return "<article class=\"bulletin\"><h1>" + org.jsoup.nodes.Entities.escape(content.header().title())
                + "</h1></article>";
    }
}
