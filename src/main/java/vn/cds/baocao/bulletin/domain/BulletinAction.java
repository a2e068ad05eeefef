package vn.cds.baocao.bulletin.domain;

/** What can happen to a bulletin; each one is a line of its history ({@link BulletinEvent}). */
public enum BulletinAction {
    CREATE,
    SAVE,
    REFRESH_STATISTICS,
    SUBMIT,
    RETURN,
    PUBLISH,
    /** A correction of this edition was started (on the earlier edition's history). */
    CORRECT,
    /** Its correction was published (on the earlier edition's history). */
    SUPERSEDE
}
