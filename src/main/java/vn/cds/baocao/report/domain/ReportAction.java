package vn.cds.baocao.report.domain;

/** What happened to a report; recorded in its history and announced to the rest of the application. */
public enum ReportAction {
    /** The unit started the report (first save). */
    CREATE,
    /** Values saved while the report is a draft or returned. */
    SAVE_DRAFT,
    /** DRAFT or RETURNED → SUBMITTED. */
    SUBMIT,
    /** SUBMITTED → DRAFT, by the reporter, before a reviewer acted. */
    WITHDRAW,
    /** SUBMITTED → APPROVED. */
    APPROVE,
    /** SUBMITTED → RETURNED, with a reason. */
    RETURN,
    /** APPROVED → RETURNED, with a reason. */
    REOPEN,
    /** A value changed after the report was first submitted. */
    VALUE_CHANGED,
    /** Loaded as approved history from a source document (demo data, imports of old reports). */
    IMPORT_APPROVED
}
