package vn.cds.baocao.security.domain;

/** What an administrative action was done to. */
public enum AuditObject {
    USER, UNIT, INDICATOR, SECTION, TARGET, PERIOD, HOLIDAY, SETTING, API_TOKEN
}
