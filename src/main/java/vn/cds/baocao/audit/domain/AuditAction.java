package vn.cds.baocao.audit.domain;

/** Every kind of administrative action the audit log records. */
public enum AuditAction {
    USER_CREATE(AuditObject.USER),
    USER_UPDATE(AuditObject.USER),
    USER_ENABLE(AuditObject.USER),
    USER_DISABLE(AuditObject.USER),
    USER_PASSWORD_RESET(AuditObject.USER),
    USER_UNLOCK(AuditObject.USER),
    /** The user changed their own password. */
    USER_PASSWORD_CHANGE(AuditObject.USER),
    /** Automatic: too many failed logins in a row. */
    ACCOUNT_LOCKED(AuditObject.USER),
    UNIT_CREATE(AuditObject.UNIT),
    UNIT_UPDATE(AuditObject.UNIT),
    UNIT_RENAME(AuditObject.UNIT),
    UNIT_DEACTIVATE(AuditObject.UNIT),
    UNIT_REACTIVATE(AuditObject.UNIT),
    UNIT_MERGE(AuditObject.UNIT),
    /** Units created from a file (the file name; each unit also has its UNIT_CREATE line). */
    UNIT_IMPORT(AuditObject.UNIT),
    SECTION_CREATE(AuditObject.SECTION),
    SECTION_UPDATE(AuditObject.SECTION),
    INDICATOR_CREATE(AuditObject.INDICATOR),
    INDICATOR_UPDATE(AuditObject.INDICATOR),
    INDICATOR_RETIRE(AuditObject.INDICATOR),
    INDICATOR_REINSTATE(AuditObject.INDICATOR),
    TARGET_CREATE(AuditObject.TARGET),
    TARGET_UPDATE(AuditObject.TARGET),
    TARGET_DELETE(AuditObject.TARGET),
    PERIOD_GENERATE(AuditObject.PERIOD),
    PERIOD_UPDATE(AuditObject.PERIOD),
    PERIOD_OPEN(AuditObject.PERIOD),
    PERIOD_CLOSE(AuditObject.PERIOD),
    PERIOD_CATALOG_REFRESH(AuditObject.PERIOD),
    /** An indicator of a period's catalog made required or optional. */
    PERIOD_CATALOG_REQUIRED(AuditObject.PERIOD),
    DEADLINE_EXTEND(AuditObject.PERIOD),
    DEADLINE_EXTENSION_REMOVE(AuditObject.PERIOD),
    HOLIDAY_ADD(AuditObject.HOLIDAY),
    HOLIDAY_REMOVE(AuditObject.HOLIDAY),
    SETTING_CHANGE(AuditObject.SETTING),
    API_TOKEN_ISSUE(AuditObject.API_TOKEN),
    API_TOKEN_REVOKE(AuditObject.API_TOKEN);

    private final AuditObject object;

    AuditAction(AuditObject object) {
        this.object = object;
    }

    public AuditObject object() {
        return object;
    }
}
