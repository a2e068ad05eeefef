--liquibase formatted sql

--changeset cds:032-period-catalog
-- The indicator catalog of a period as it was when the period opened: which indicators, in which section and
-- order, and which unit types (minus exempt units) report them. Later catalog changes do not touch it.
CREATE TABLE period_indicator (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id     BIGINT      NOT NULL,
    indicator_id  BIGINT      NOT NULL,
    section_code  VARCHAR(32) NOT NULL,
    display_order INT         NOT NULL COMMENT 'place in the report form when the period opened',
    CONSTRAINT uq_period_indicator UNIQUE (period_id, indicator_id),
    CONSTRAINT fk_period_indicator_period FOREIGN KEY (period_id) REFERENCES reporting_period (id) ON DELETE CASCADE,
    CONSTRAINT fk_period_indicator_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_period_indicator_section FOREIGN KEY (section_code) REFERENCES indicator_section (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE period_indicator_unit_type (
    period_indicator_id BIGINT      NOT NULL,
    unit_type_code      VARCHAR(32) NOT NULL,
    PRIMARY KEY (period_indicator_id, unit_type_code),
    CONSTRAINT fk_piut_period_indicator FOREIGN KEY (period_indicator_id) REFERENCES period_indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_piut_unit_type FOREIGN KEY (unit_type_code) REFERENCES unit_type (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE period_indicator_exemption (
    period_indicator_id BIGINT NOT NULL,
    unit_id             BIGINT NOT NULL,
    PRIMARY KEY (period_indicator_id, unit_id),
    CONSTRAINT fk_pie_period_indicator FOREIGN KEY (period_indicator_id) REFERENCES period_indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_pie_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Periods that exist already get the catalog as it stands now (the same rule IndicatorCatalog used before:
-- indicators valid on the period's cut-off day).
INSERT INTO period_indicator (period_id, indicator_id, section_code, display_order)
SELECT p.id, i.id, i.section_code,
       ROW_NUMBER() OVER (PARTITION BY p.id ORDER BY s.display_order, i.display_order, i.id)
FROM reporting_period p
JOIN indicator i ON i.valid_from <= p.data_to AND (i.valid_to IS NULL OR i.valid_to >= p.data_to)
JOIN indicator_section s ON s.code = i.section_code;

INSERT INTO period_indicator_unit_type (period_indicator_id, unit_type_code)
SELECT pi.id, iut.unit_type_code FROM period_indicator pi
JOIN indicator_unit_type iut ON iut.indicator_id = pi.indicator_id;

INSERT INTO period_indicator_exemption (period_indicator_id, unit_id)
SELECT pi.id, e.unit_id FROM period_indicator pi
JOIN indicator_unit_exemption e ON e.indicator_id = pi.indicator_id;
