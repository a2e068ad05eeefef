--liquibase formatted sql

--changeset cds:020-analytics-indicator-setting
-- How the dashboards use an indicator: its weight in the composite ranking (set by an administrator; 0 = not
-- part of it) and how many decimals the TỔNG row of a percentage prints (NULL = two, as most tables print).
CREATE TABLE analytics_indicator_setting (
    indicator_id     BIGINT        NOT NULL PRIMARY KEY,
    composite_weight DECIMAL(6, 2) NOT NULL DEFAULT 0 COMMENT 'weight in the composite ranking; 0 = not used',
    total_decimals   INT           NULL COMMENT 'decimals of a percentage TỔNG; NULL = 2',
    updated_at       DATETIME(6)   NULL,
    updated_by       VARCHAR(64)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_ais_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT ck_ais_weight CHECK (composite_weight >= 0 AND composite_weight <= 100),
    CONSTRAINT ck_ais_decimals CHECK (total_decimals IS NULL OR total_decimals BETWEEN 0 AND 4)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A second total row of a table that adds two columns' TỔNG, e.g. the payments table's
-- "Tổng Thuế và Phí, lệ phí": under the NVTC column, TỔNG(NVTC) + TỔNG(phí, lệ phí) of the same window.
CREATE TABLE analytics_combined_total (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    section_code      VARCHAR(32)  NOT NULL,
    label_vi          VARCHAR(255) NOT NULL,
    label_en          VARCHAR(255) NOT NULL,
    indicator_id      BIGINT       NOT NULL COMMENT 'column the combined figure is shown under',
    plus_indicator_id BIGINT       NOT NULL COMMENT 'column whose TỔNG is added',
    CONSTRAINT fk_act_section FOREIGN KEY (section_code) REFERENCES indicator_section (code) ON DELETE CASCADE,
    CONSTRAINT fk_act_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_act_plus FOREIGN KEY (plus_indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT uq_act_column UNIQUE (section_code, label_vi, indicator_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset cds:020-analytics-defaults
-- The DVC table prints its TỔNG as a whole percent (2024-07: 96 %, 78 %; 2024-03: 91 %).
INSERT INTO analytics_indicator_setting (indicator_id, composite_weight, total_decimals)
SELECT id, 1, 0 FROM indicator WHERE code IN ('dvc_online_rate_pct', 'dossier_online_rate_pct');
-- Default composite ranking: the five rates every sở and district reports, equally weighted.
INSERT INTO analytics_indicator_setting (indicator_id, composite_weight, total_decimals)
SELECT id, 1, NULL FROM indicator WHERE code IN ('esigned_doc_pct', 'qlvb_doc_pct', 'official_email_pct');
-- "Tổng Thuế và Phí, lệ phí" (grand-total row of every payments table): NVTC + fees, per window and measure.
INSERT INTO analytics_combined_total (section_code, label_vi, label_en, indicator_id, plus_indicator_id)
SELECT 'PAYMENTS', 'Tổng Thuế và Phí, lệ phí', 'Total tax and fees', n.id, f.id
FROM indicator n JOIN indicator f ON f.code = REPLACE(n.code, 'nvtc_', 'fee_')
WHERE n.code IN ('nvtc_tx_day', 'nvtc_amount_day', 'nvtc_tx_month', 'nvtc_amount_month', 'nvtc_tx_ytd',
                 'nvtc_amount_ytd');

--changeset cds:020-analytics-indexes
-- Covering indexes: a period's approved reports with their unit (grid, ranking), and one indicator's values
-- read straight from the index (ranking, trend) without touching the table rows.
CREATE INDEX ix_report_period_status_unit ON report (period_id, status, unit_id);
CREATE INDEX ix_report_value_indicator_value ON report_value (indicator_id, report_id, numeric_value);
