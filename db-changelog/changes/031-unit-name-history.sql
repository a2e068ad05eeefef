--liquibase formatted sql

--changeset cds:031-unit-name-history
-- Earlier names of a unit. The unit row holds its latest name; a row here holds a name and the days it was used,
-- so old periods keep showing the name the unit had then.
CREATE TABLE unit_name_history (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id    BIGINT       NOT NULL,
    full_name  VARCHAR(255) NOT NULL,
    short_name VARCHAR(128) NOT NULL,
    valid_from DATE         NOT NULL,
    valid_to   DATE         NOT NULL COMMENT 'last day the unit carried this name',
    CONSTRAINT fk_unit_name_history_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE,
    CONSTRAINT ck_unit_name_history_validity CHECK (valid_to >= valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_unit_name_history_unit ON unit_name_history (unit_id, valid_from);
CREATE INDEX ix_unit_successor ON unit (successor_id);
