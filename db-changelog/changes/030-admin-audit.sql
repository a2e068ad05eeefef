--liquibase formatted sql

--changeset cds:030-admin-audit
-- Every administrative action: who, when, what. Written in the same transaction as the action itself.
CREATE TABLE admin_audit (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL COMMENT 'username of the administrator; system for automatic events',
    action      VARCHAR(48)   NOT NULL COMMENT 'e.g. USER_CREATE, UNIT_MERGE, PERIOD_CLOSE',
    object_type VARCHAR(24)   NOT NULL COMMENT 'USER, UNIT, INDICATOR, SECTION, TARGET, PERIOD, HOLIDAY, SETTING',
    object_key  VARCHAR(128)  NULL COMMENT 'username, unit code, indicator code, period label, ...',
    details     VARCHAR(4000) NULL COMMENT 'what changed: field: old → new; ...'
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_admin_audit_time ON admin_audit (occurred_at);
CREATE INDEX ix_admin_audit_object ON admin_audit (object_type, object_key);
