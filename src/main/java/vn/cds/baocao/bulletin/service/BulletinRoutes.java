package vn.cds.baocao.bulletin.service;

/** The pages of the bulletin feature, for links in notifications and between its screens. */
public final class BulletinRoutes {

    /** The composers' list ("Soạn báo cáo chuyên đề"). */
    public static final String COMPOSE_LIST = "soan-ban-tin";
    /** The readers' list ("Bản tin / Báo cáo chuyên đề"). */
    public static final String READ_LIST = "ban-tin";

    private BulletinRoutes() {
    }

    /** The editor of one bulletin (also the approver's screen). */
    public static String editor(long bulletinId) {
        return COMPOSE_LIST + "/" + bulletinId;
    }

    /** The reading page of one bulletin. */
    public static String reader(long bulletinId) {
        return READ_LIST + "/" + bulletinId;
    }
}
