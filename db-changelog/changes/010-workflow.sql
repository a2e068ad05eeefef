--liquibase formatted sql

--changeset cds:010-workflow
-- first submission time: "nộp đúng hạn" is judged on it, later resubmissions do not change it
ALTER TABLE report ADD COLUMN first_submitted_at DATETIME(6) NULL AFTER submitted_by;
UPDATE report SET first_submitted_at = submitted_at WHERE submitted_at IS NOT NULL;

-- a reviewer's note on a single value when returning a report
ALTER TABLE report_value ADD COLUMN review_note VARCHAR(2000) NULL;

-- value changes after submission are part of the report's history
ALTER TABLE report_event ADD COLUMN indicator_id BIGINT NULL;
ALTER TABLE report_event ADD COLUMN old_value VARCHAR(4000) NULL;
ALTER TABLE report_event ADD COLUMN new_value VARCHAR(4000) NULL;
ALTER TABLE report_event ADD CONSTRAINT fk_report_event_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id);

-- the values as they were when the report was last returned or approved, to show a resubmission's changes
CREATE TABLE report_baseline_value (
    report_id     BIGINT         NOT NULL,
    indicator_id  BIGINT         NOT NULL,
    numeric_value DECIMAL(22, 4) NULL,
    text_value    VARCHAR(4000)  NULL,
    PRIMARY KEY (report_id, indicator_id),
    CONSTRAINT fk_baseline_report FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE,
    CONSTRAINT fk_baseline_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
ALTER TABLE report ADD COLUMN baseline_status VARCHAR(16) NULL COMMENT 'RETURNED or APPROVED: which version the baseline holds';
ALTER TABLE report ADD COLUMN baseline_at DATETIME(6) NULL;

-- cross-field rules between two indicators of the same report ("processed ≤ received"); data, not code
CREATE TABLE indicator_rule (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    left_indicator_id  BIGINT      NOT NULL,
    comparator         VARCHAR(4)  NOT NULL COMMENT 'LE, LT, GE, GT, EQ: left <op> right',
    right_indicator_id BIGINT      NOT NULL,
    CONSTRAINT uq_indicator_rule UNIQUE (left_indicator_id, comparator, right_indicator_id),
    CONSTRAINT fk_rule_left FOREIGN KEY (left_indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_rule_right FOREIGN KEY (right_indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT ck_rule_comparator CHECK (comparator IN ('LE', 'LT', 'GE', 'GT', 'EQ'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO indicator_rule (left_indicator_id, comparator, right_indicator_id)
SELECT l.id, r.op, rr.id FROM (
    SELECT 'hotline_1022_processed' AS l, 'LE' AS op, 'hotline_1022_received' AS r
    UNION ALL SELECT 'hotline_1022_pending', 'LE', 'hotline_1022_received'
    UNION ALL SELECT 'hotline_1022_answered_direct', 'LE', 'hotline_1022_received'
    UNION ALL SELECT 'hotline_1022_forwarded', 'LE', 'hotline_1022_received'
    UNION ALL SELECT 'cert_pending_sign', 'LE', 'cert_total'
    UNION ALL SELECT 'cert_pending_seal', 'LE', 'cert_total'
    UNION ALL SELECT 'cert_completed', 'LE', 'cert_total'
    UNION ALL SELECT 'cert_cancelled', 'LE', 'cert_total'
    UNION ALL SELECT 'cert_rejected', 'LE', 'cert_total'
    UNION ALL SELECT 'bptoday_users_increase', 'LE', 'bptoday_users'
    UNION ALL SELECT 'commune_teams', 'LE', 'commune_team_members'
    UNION ALL SELECT 'hamlet_teams', 'LE', 'hamlet_team_members'
) r
JOIN indicator l ON l.code = r.l
JOIN indicator rr ON rr.code = r.r;
