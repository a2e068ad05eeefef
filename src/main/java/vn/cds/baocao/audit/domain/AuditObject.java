package vn.cds.baocao.audit.domain;

/** What an administrative action was done to. */
public enum AuditObject {
    USER, UNIT, INDICATOR, SECTION, TARGET, PERIOD, HOLIDAY, SETTING, API_TOKEN
}
