package vn.cds.baocao.bulletin.domain.event;

import vn.cds.baocao.bulletin.domain.BulletinAction;

/**
 * A bulletin was submitted, returned or published; heard after the transaction committed (notifications).
 *
 * @param numberLine "03/BC-STTTT"
 * @param reason     the approver's reason (return) or the correction note (publication of a correction); may be null
 */
public record BulletinMoved(long bulletinId, long periodId, String periodLabel, String numberLine,
                            BulletinAction action, String actor, String reason) {
}
