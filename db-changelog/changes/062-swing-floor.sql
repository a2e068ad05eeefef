--liquibase formatted sql

--changeset cds:062-swing-floor
-- Issue 11: a swing never warns below an absolute floor per indicator (same unit as the value: units, VND or
-- percentage points). The floors come from the seed reports' magnitudes; db-changelog/data/README.md explains them.
ALTER TABLE indicator
    ADD COLUMN swing_floor DECIMAL(20, 4) NULL
        COMMENT 'a change smaller than this (units, VND, percentage points) never warns; NULL = no floor'
        AFTER swing_threshold;

-- Rates: 5 points is never unusual. The reporting rates of departments with few dossiers move 30-45 points
-- between two reports while units close in on the targets (10 units between Tháng 3 and Tháng 7/2024):
-- rates warn from 50 points on (0 -> 100 %, 27 -> 87,1 % still do).
UPDATE indicator SET swing_floor = 5, swing_threshold = 50
WHERE code IN ('dvc_online_rate_pct', 'dossier_online_rate_pct', 'esigned_doc_pct', 'qlvb_doc_pct',
               'official_email_pct', 'commune_teams_rate_pct');

-- Paperless meetings of a unit in a period: 0-56 in the seeds.
UPDATE indicator SET swing_floor = 10 WHERE code IN ('ecabinet_meetings_month', 'ecabinet_meetings_ytd', 'ecabinet_meetings_total');
-- Anti-malware installations of a unit: 0-948.
UPDATE indicator SET swing_floor = 100 WHERE code = 'antimalware_installs';
-- Hotline 1022 (about 360 messages a month) and e-certification dossiers (province-wide counts).
UPDATE indicator SET swing_floor = 100 WHERE code LIKE 'hotline\_1022\_%' OR code LIKE 'cert\_%';
-- Online payments of a district in a month: transactions 0-1.203, NVTC 0-3,6 billion VND, fees 0-0,5 billion VND.
-- A district's month moves by several hundred transactions as online payment spreads (Lộc Ninh's fees 7 -> 692):
-- that is no swing; a collapse to nothing (1.203 -> 2) is.
UPDATE indicator SET swing_floor = 800 WHERE code IN ('nvtc_tx_day', 'fee_tx_day', 'nvtc_tx_month', 'fee_tx_month',
                                                      'nvtc_tx_ytd', 'fee_tx_ytd');
UPDATE indicator SET swing_floor = 1000000000 WHERE code IN ('nvtc_amount_day', 'nvtc_amount_month', 'nvtc_amount_ytd');
UPDATE indicator SET swing_floor = 500000000 WHERE code IN ('fee_amount_day', 'fee_amount_month', 'fee_amount_ytd');
-- Community digital-technology teams per district (2022-09: 6-16 commune teams, 42-131 hamlet teams,
-- 92-866 members).
UPDATE indicator SET swing_floor = 10 WHERE code IN ('commune_teams', 'hamlet_teams');
UPDATE indicator SET swing_floor = 200 WHERE code IN ('commune_team_members', 'hamlet_team_members');
-- Binh Phuoc Today app users (2022-09: 240-8.933 per district, 15-2.248 new ones).
UPDATE indicator SET swing_floor = 1000 WHERE code IN ('bptoday_users', 'bptoday_users_increase', 'bptoday_users_total');
-- Posts on the provincial CĐS website.
UPDATE indicator SET swing_floor = 50 WHERE code LIKE 'cds\_web\_posts\_%';
--rollback ALTER TABLE indicator DROP COLUMN swing_floor;
