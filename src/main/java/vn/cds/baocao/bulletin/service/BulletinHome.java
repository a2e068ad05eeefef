package vn.cds.baocao.bulletin.service;

/**
 * The bulletin's line on the home page.
 *
 * @param latest           the newest published bulletin, or null
 * @param awaitingApproval bulletins submitted and not yet published or returned
 * @param newest           the newest edition of any status (the composers' work), or null
 */
public record BulletinHome(BulletinSummary latest, long awaitingApproval, BulletinSummary newest) {
}
