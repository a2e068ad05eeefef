--liquibase formatted sql

--changeset cds:040-notification
-- One in-app notification per recipient. The text is not stored: it is built from the type's message key and the
-- parameters below when shown, in the reader's language. The e-mail copy's delivery outcome is kept on the row.
CREATE TABLE notification (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_id       BIGINT        NOT NULL,
    type               VARCHAR(32)   NOT NULL COMMENT 'REPORT_SUBMITTED, REPORT_RETURNED, REPORT_APPROVED, REPORT_REOPENED, UNIT_REMINDER, DEADLINE_SOON, DEADLINE_OVERDUE',
    unit_id            BIGINT        NULL,
    period_id          BIGINT        NULL,
    report_id          BIGINT        NULL,
    unit_name          VARCHAR(255)  NULL COMMENT 'message parameter, as it was when the notification was made',
    period_label       VARCHAR(64)   NULL COMMENT 'message parameter',
    actor_name         VARCHAR(255)  NULL COMMENT 'message parameter: who acted',
    detail             VARCHAR(4000) NULL COMMENT 'message parameter: the reviewer''s reason or reminder words',
    deadline           DATE          NULL COMMENT 'message parameter',
    link               VARCHAR(255)  NULL COMMENT 'route of the page the notification opens',
    created_at         DATETIME(6)   NOT NULL,
    read_at            DATETIME(6)   NULL,
    email_status       VARCHAR(16)   NOT NULL DEFAULT 'NOT_SENT' COMMENT 'NOT_SENT, PENDING, SENDING, SENT, FAILED',
    email_address      VARCHAR(255)  NULL,
    email_attempts     INT           NOT NULL DEFAULT 0,
    email_attempted_at DATETIME(6)   NULL,
    email_sent_at      DATETIME(6)   NULL,
    email_error        VARCHAR(500)  NULL COMMENT 'last failure, one line',
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_notification_email_status
        CHECK (email_status IN ('NOT_SENT', 'PENDING', 'SENDING', 'SENT', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- the bell: a user's unread count and newest notifications
CREATE INDEX ix_notification_recipient ON notification (recipient_id, read_at, created_at);
-- the mail retry job: rows whose e-mail is pending or failed
CREATE INDEX ix_notification_email_status ON notification (email_status, email_attempted_at);

--changeset cds:040-deadline-notice
-- "Deadline in 3 days" and "overdue" are announced once per unit, period and kind, however often the job runs.
CREATE TABLE deadline_notice (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id    BIGINT      NOT NULL,
    period_id  BIGINT      NOT NULL,
    kind       VARCHAR(16) NOT NULL COMMENT 'SOON, OVERDUE',
    deadline   DATE        NOT NULL COMMENT 'the unit''s deadline when the notice was sent',
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_deadline_notice UNIQUE (unit_id, period_id, kind),
    CONSTRAINT fk_deadline_notice_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE,
    CONSTRAINT fk_deadline_notice_period FOREIGN KEY (period_id) REFERENCES reporting_period (id) ON DELETE CASCADE,
    CONSTRAINT ck_deadline_notice_kind CHECK (kind IN ('SOON', 'OVERDUE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset cds:040-shedlock
-- ShedLock: a scheduled job runs on one application server at a time when several share this database.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
