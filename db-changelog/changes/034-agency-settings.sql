--liquibase formatted sql

--changeset cds:034-agency-settings
-- Names and numbering the documents use, each value with the day it takes effect (agencies are renamed and
-- merged: Sở TT&TT became part of Sở KH&CN on 1/3/2025). The defaults are those printed in the seed-era reports.
CREATE TABLE agency_setting (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    setting_key   VARCHAR(48)  NOT NULL,
    valid_from    DATE         NOT NULL,
    setting_value VARCHAR(500) NOT NULL,
    updated_by    VARCHAR(64)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_agency_setting UNIQUE (setting_key, valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO agency_setting (setting_key, valid_from, setting_value, updated_by, updated_at) VALUES
    ('PROVINCE_NAME', '2020-01-01', 'Bình Phước', 'system', CURRENT_TIMESTAMP(6)),
    ('PROVINCE_COMMITTEE', '2020-01-01', 'UBND tỉnh Bình Phước', 'system', CURRENT_TIMESTAMP(6)),
    ('STEERING_COMMITTEE', '2020-01-01', 'Ban Chỉ đạo về chuyển đổi số tỉnh Bình Phước', 'system', CURRENT_TIMESTAMP(6)),
    ('REVIEWING_AGENCY', '2020-01-01', 'Sở Thông tin và Truyền thông', 'system', CURRENT_TIMESTAMP(6)),
    ('REVIEWING_AGENCY_SHORT', '2020-01-01', 'Sở TT&TT', 'system', CURRENT_TIMESTAMP(6)),
    ('REPORT_NUMBER_TEMPLATE', '2020-01-01', '{so}/BC-STTTT', 'system', CURRENT_TIMESTAMP(6)),
    ('DEADLINE_WORKING_DAYS', '2020-01-01', '3', 'system', CURRENT_TIMESTAMP(6));
