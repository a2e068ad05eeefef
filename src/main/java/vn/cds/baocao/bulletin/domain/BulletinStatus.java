package vn.cds.baocao.bulletin.domain;

/** Where a bulletin is in its workflow ({@link BulletinTransitions}). */
public enum BulletinStatus {
    /** Being composed by the reviewers. */
    DRAFT,
    /** Handed to the head of the standing agency for approval. */
    SUBMITTED,
    /** Sent back to the composers with a reason. */
    RETURNED,
    /** Approved and published: read-only, the leaders read it. */
    PUBLISHED,
    /** A published edition replaced by its published correction: still readable, with a note. */
    SUPERSEDED
}
