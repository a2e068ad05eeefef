--liquibase formatted sql

--changeset cds:033-deadlines
-- Days off that do not count as working days when a deadline is computed (Tết, Giỗ Tổ, 30/4, 1/5, 2/9, ...).
CREATE TABLE holiday (
    holiday_date DATE         NOT NULL PRIMARY KEY,
    name         VARCHAR(255) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A later deadline granted to one unit in one period.
CREATE TABLE deadline_extension (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id  BIGINT        NOT NULL,
    unit_id    BIGINT        NOT NULL,
    deadline   DATE          NOT NULL,
    reason     VARCHAR(1000) NOT NULL,
    granted_by VARCHAR(64)   NOT NULL,
    granted_at DATETIME(6)   NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_deadline_extension UNIQUE (period_id, unit_id),
    CONSTRAINT fk_deadline_extension_period FOREIGN KEY (period_id) REFERENCES reporting_period (id) ON DELETE CASCADE,
    CONSTRAINT fk_deadline_extension_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
