--liquibase formatted sql

--changeset cds:001-organization
CREATE TABLE unit_type (
    code          VARCHAR(32)  NOT NULL PRIMARY KEY,
    name_vi       VARCHAR(255) NOT NULL,
    name_en       VARCHAR(255) NOT NULL,
    display_order INT          NOT NULL DEFAULT 0,
    reporting     BOOLEAN      NOT NULL DEFAULT TRUE COMMENT 'units of this type are expected to report'
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE unit (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(64)   NOT NULL,
    full_name     VARCHAR(255)  NOT NULL,
    short_name    VARCHAR(128)  NOT NULL,
    type_code     VARCHAR(32)   NOT NULL,
    parent_id     BIGINT        NULL,
    valid_from    DATE          NOT NULL,
    valid_to      DATE          NULL COMMENT 'last day the unit exists; NULL = still active',
    successor_id  BIGINT        NULL COMMENT 'unit that took over after a merge',
    display_order INT           NOT NULL DEFAULT 0,
    notes         VARCHAR(1000) NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_unit_code UNIQUE (code),
    CONSTRAINT fk_unit_type FOREIGN KEY (type_code) REFERENCES unit_type (code),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id),
    CONSTRAINT fk_unit_successor FOREIGN KEY (successor_id) REFERENCES unit (id),
    CONSTRAINT ck_unit_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE unit_alias (
    id      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id BIGINT       NOT NULL,
    alias   VARCHAR(255) NOT NULL,
    CONSTRAINT uq_unit_alias UNIQUE (unit_id, alias),
    CONSTRAINT fk_unit_alias_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_unit_alias_alias ON unit_alias (alias);

--changeset cds:001-indicator
CREATE TABLE indicator_section (
    code          VARCHAR(32)  NOT NULL PRIMARY KEY,
    name_vi       VARCHAR(255) NOT NULL,
    name_en       VARCHAR(255) NOT NULL,
    display_order INT          NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(64)    NOT NULL,
    section_code     VARCHAR(32)    NOT NULL,
    name_vi          VARCHAR(500)   NOT NULL,
    short_name_vi    VARCHAR(255)   NOT NULL COMMENT 'column header in tables',
    name_en          VARCHAR(500)   NOT NULL,
    value_type       VARCHAR(16)    NOT NULL COMMENT 'PERCENT, COUNT, MONEY, TEXT',
    cumulative_rule  VARCHAR(24)    NOT NULL DEFAULT 'NONE' COMMENT 'NONE, RUNNING_TOTAL, YEAR_TO_DATE, NON_DECREASING',
    cumulative_of_id BIGINT         NULL COMMENT 'the per-period indicator a running total or year-to-date figure accumulates',
    aggregation      VARCHAR(16)    NOT NULL DEFAULT 'SUM' COMMENT 'how the TỔNG row is formed: SUM, MEAN, NONE',
    display_order    INT            NOT NULL DEFAULT 0,
    lower_bound      DECIMAL(22, 4) NULL,
    upper_bound      DECIMAL(22, 4) NULL,
    required         BOOLEAN        NOT NULL DEFAULT TRUE,
    swing_threshold  DECIMAL(12, 4) NULL COMMENT 'percentage points for PERCENT, a factor for COUNT and MONEY',
    higher_is_better BOOLEAN        NOT NULL DEFAULT TRUE,
    valid_from       DATE           NOT NULL,
    valid_to         DATE           NULL,
    version          BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_indicator_code UNIQUE (code),
    CONSTRAINT fk_indicator_section FOREIGN KEY (section_code) REFERENCES indicator_section (code),
    CONSTRAINT fk_indicator_cumulative_of FOREIGN KEY (cumulative_of_id) REFERENCES indicator (id),
    CONSTRAINT ck_indicator_value_type CHECK (value_type IN ('PERCENT', 'COUNT', 'MONEY', 'TEXT')),
    CONSTRAINT ck_indicator_bounds CHECK (lower_bound IS NULL OR upper_bound IS NULL OR lower_bound <= upper_bound)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator_unit_type (
    indicator_id   BIGINT      NOT NULL,
    unit_type_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (indicator_id, unit_type_code),
    CONSTRAINT fk_iut_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_iut_unit_type FOREIGN KEY (unit_type_code) REFERENCES unit_type (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator_unit_exemption (
    indicator_id BIGINT       NOT NULL,
    unit_id      BIGINT       NOT NULL,
    reason       VARCHAR(500) NULL,
    PRIMARY KEY (indicator_id, unit_id),
    CONSTRAINT fk_iue_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_iue_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE target (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    indicator_id   BIGINT         NOT NULL,
    target_year    INT            NOT NULL,
    comparator     VARCHAR(4)     NOT NULL COMMENT 'GE, GT, LE, LT, EQ',
    target_value   DECIMAL(22, 4) NOT NULL,
    unit_type_code VARCHAR(32)    NULL COMMENT 'NULL = every unit type the indicator applies to',
    source         VARCHAR(500)   NOT NULL,
    version        BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_target_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_target_unit_type FOREIGN KEY (unit_type_code) REFERENCES unit_type (code),
    CONSTRAINT ck_target_comparator CHECK (comparator IN ('GE', 'GT', 'LE', 'LT', 'EQ'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_target_indicator_year ON target (indicator_id, target_year);

--changeset cds:001-period
CREATE TABLE reporting_period (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_year INT          NOT NULL,
    period_month INT         NOT NULL,
    label       VARCHAR(64)  NOT NULL,
    data_from   DATE         NOT NULL,
    data_to     DATE         NOT NULL,
    deadline    DATE         NOT NULL,
    status      VARCHAR(16)  NOT NULL DEFAULT 'OPEN' COMMENT 'OPEN, CLOSED',
    notes       VARCHAR(1000) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_period_year_month UNIQUE (period_year, period_month),
    CONSTRAINT ck_period_month CHECK (period_month BETWEEN 1 AND 12),
    CONSTRAINT ck_period_window CHECK (data_to >= data_from),
    CONSTRAINT ck_period_status CHECK (status IN ('OPEN', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset cds:001-user
CREATE TABLE app_user (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username             VARCHAR(64)  NOT NULL,
    password_hash        VARCHAR(100) NOT NULL COMMENT 'bcrypt',
    full_name            VARCHAR(255) NOT NULL,
    email                VARCHAR(255) NULL,
    unit_id              BIGINT       NULL COMMENT 'the unit of a reporter',
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_login_count   INT          NOT NULL DEFAULT 0,
    locked_until         DATETIME(6)  NULL,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at           DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(16) NOT NULL COMMENT 'REPORTER, REVIEWER, LEADER, ADMIN',
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_app_user_role CHECK (role IN ('REPORTER', 'REVIEWER', 'LEADER', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset cds:001-report
CREATE TABLE report (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id      BIGINT      NOT NULL,
    period_id    BIGINT      NOT NULL,
    status       VARCHAR(16) NOT NULL COMMENT 'DRAFT, SUBMITTED, RETURNED, APPROVED',
    version      BIGINT      NOT NULL DEFAULT 0 COMMENT 'optimistic locking',
    created_at   DATETIME(6) NOT NULL,
    created_by   VARCHAR(64) NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    updated_by   VARCHAR(64) NOT NULL,
    submitted_at DATETIME(6) NULL,
    submitted_by VARCHAR(64) NULL,
    reviewed_at  DATETIME(6) NULL,
    reviewed_by  VARCHAR(64) NULL,
    CONSTRAINT uq_report_unit_period UNIQUE (unit_id, period_id),
    CONSTRAINT fk_report_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_report_period FOREIGN KEY (period_id) REFERENCES reporting_period (id),
    CONSTRAINT ck_report_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- "all approved values of a period": report by (period, status), then values by report
CREATE INDEX ix_report_period_status ON report (period_id, status);

CREATE TABLE report_value (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id     BIGINT         NOT NULL,
    indicator_id  BIGINT         NOT NULL,
    numeric_value DECIMAL(22, 4) NULL,
    text_value    VARCHAR(4000)  NULL,
    note          VARCHAR(2000)  NULL COMMENT 'provenance or remark on the value',
    explanation   VARCHAR(2000)  NULL COMMENT 'reporter''s explanation of a warning',
    CONSTRAINT uq_report_value UNIQUE (report_id, indicator_id),
    CONSTRAINT fk_report_value_report FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_value_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- "one indicator across periods"
CREATE INDEX ix_report_value_indicator ON report_value (indicator_id, report_id);

CREATE TABLE report_event (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id   BIGINT      NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    actor       VARCHAR(64) NOT NULL,
    action      VARCHAR(32) NOT NULL,
    from_status VARCHAR(16) NULL,
    to_status   VARCHAR(16) NULL,
    reason      TEXT        NULL,
    CONSTRAINT fk_report_event_report FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_report_event_report ON report_event (report_id, occurred_at);
