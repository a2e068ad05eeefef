--liquibase formatted sql

--changeset cds:061-no-figure-values
-- A value can be "Không phát sinh" (NOT_OCCURRED) or "Không có số liệu" (NOT_AVAILABLE) with the reporter's
-- reason instead of a number or a text: a report then never needs an invented figure. Such a value is never a
-- number (never 0 in a total), hence the check.
ALTER TABLE report_value
    ADD COLUMN no_figure        VARCHAR(16)  NULL COMMENT 'NOT_OCCURRED | NOT_AVAILABLE; NULL = a number, a text or nothing',
    ADD COLUMN no_figure_reason VARCHAR(500) NULL COMMENT 'why there is no figure (mandatory before submission)',
    ADD CONSTRAINT ck_report_value_no_figure CHECK (no_figure IS NULL
        OR (no_figure IN ('NOT_OCCURRED', 'NOT_AVAILABLE') AND numeric_value IS NULL AND text_value IS NULL));

-- Required or optional is decided per period: copied from the indicator when the period opens, switchable by an
-- administrator in the period's catalog.
ALTER TABLE period_indicator
    ADD COLUMN required BOOLEAN NOT NULL DEFAULT TRUE COMMENT 'the period asks for a figure (or a no-figure mark)';

UPDATE period_indicator pi JOIN indicator i ON i.id = pi.indicator_id SET pi.required = i.required;

--changeset cds:061-stopped-indicators
-- Indicators the province stopped collecting (see db-changelog/data/README.md, "Indicators no longer collected"):
-- validity ends with the last report that printed them. Community digital-technology teams and Binh Phuoc Today
-- (district, unspecified and province-wide figures) were last printed in Tháng 9/2022 (cut-off 16/10/2022);
-- the single-day payment figures last in Tháng 3/2024 (day 22/4/2024, cut-off 20/04/2024).
UPDATE indicator SET valid_to = '2022-10-16'
WHERE code IN ('commune_teams', 'commune_teams_rate_pct', 'commune_team_members', 'hamlet_teams',
               'hamlet_team_members', 'bptoday_users', 'bptoday_users_increase', 'bptoday_users_total');

UPDATE indicator SET valid_to = '2024-04-20'
WHERE code IN ('nvtc_tx_day', 'nvtc_amount_day', 'fee_tx_day', 'fee_amount_day');

-- The catalogs of later periods stop asking for them, except where a report of the period already holds a value
-- (a figure typed before this change stays visible where it was entered). Later periods are told by their month,
-- not their window: the windows of 2024 are being realigned to the seeds' own rhythm.
DELETE pi FROM period_indicator pi
JOIN reporting_period p ON p.id = pi.period_id
JOIN indicator i ON i.id = pi.indicator_id
WHERE ((i.code IN ('commune_teams', 'commune_teams_rate_pct', 'commune_team_members', 'hamlet_teams',
                   'hamlet_team_members', 'bptoday_users', 'bptoday_users_increase', 'bptoday_users_total')
        AND p.period_year * 12 + p.period_month > 2022 * 12 + 9)
    OR (i.code IN ('nvtc_tx_day', 'nvtc_amount_day', 'fee_tx_day', 'fee_amount_day')
        AND p.period_year * 12 + p.period_month > 2024 * 12 + 3))
  AND NOT EXISTS (SELECT 1 FROM report r JOIN report_value v ON v.report_id = r.id
                  WHERE r.period_id = p.id AND v.indicator_id = i.id);
