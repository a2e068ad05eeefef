package vn.cds.baocao.report.domain;

/** Where a unit's monthly report is in the submit → review → approve loop. */
public enum ReportStatus {
    /** Being entered by the unit; not visible to reviewers. */
    DRAFT,
    /** Submitted; waiting for a reviewer. */
    SUBMITTED,
    /** Sent back to the unit with a reason. */
    RETURNED,
    /** Approved: read-only, visible to leaders. */
    APPROVED
}
