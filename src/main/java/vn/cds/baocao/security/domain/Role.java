package vn.cds.baocao.security.domain;

/** What a user may do. A reporter is bound to exactly one unit. */
public enum Role {
    /** Enters and submits the monthly report of one unit. */
    REPORTER,
    /** Provincial department staff: reviews, approves and returns reports. */
    REVIEWER,
    /** Steering Committee leaders: see approved data only. */
    LEADER,
    /** Manages users, units, indicators, targets and periods. */
    ADMIN,
    /**
     * "Lãnh đạo cơ quan thường trực": the head of the standing agency, who approves (or returns) the bulletins the
     * reviewers compose and so publishes them to the Steering Committee. Composes nothing.
     */
    PUBLISHER;

    /** Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
