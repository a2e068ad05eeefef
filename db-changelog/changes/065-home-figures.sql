--liquibase formatted sql

--changeset cds:065-home-figures
-- The leaders' home page shows the "key figures" of the latest approved period: the indicators with a home_order
-- (in that order; NULL = not on the home page). An administrator's setting, not code: a new key indicator is a
-- row here, not a release.
ALTER TABLE analytics_indicator_setting
    ADD COLUMN home_order INT NULL COMMENT 'position among the key figures of the leaders'' home page; NULL = not shown';

--changeset cds:065-home-figures-defaults
-- DVC rates (the targets of the Ủy ban quốc gia), paperless meetings (eCabinet), digitally signed documents and
-- online payments of tax obligations (count and amount of the month): the figures the monthly report leads with.
INSERT INTO analytics_indicator_setting (indicator_id, composite_weight, total_decimals, home_order)
SELECT id, 0, NULL,
       CASE code
           WHEN 'dvc_online_rate_pct' THEN 10
           WHEN 'dossier_online_rate_pct' THEN 20
           WHEN 'ecabinet_meetings_ytd' THEN 30
           WHEN 'ecabinet_meetings_month' THEN 31
           WHEN 'esigned_doc_pct' THEN 40
           WHEN 'nvtc_tx_month' THEN 50
           WHEN 'nvtc_amount_month' THEN 51
       END
FROM indicator
WHERE code IN ('dvc_online_rate_pct', 'dossier_online_rate_pct', 'ecabinet_meetings_ytd', 'ecabinet_meetings_month',
               'esigned_doc_pct', 'nvtc_tx_month', 'nvtc_amount_month')
ON DUPLICATE KEY UPDATE home_order = VALUES(home_order);
