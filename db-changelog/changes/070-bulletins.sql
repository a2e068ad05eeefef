--liquibase formatted sql

--changeset cds:070-bulletins
-- The composed "Báo cáo chuyên đề" of a period (issue 12): one row per edition (1 = first issue, 2.. = corrections).
-- The statistics are a snapshot of approved data taken when the bulletin was created or refreshed (JSON of the
-- printed tables), so a later approval never changes a published bulletin.
CREATE TABLE bulletin (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id           BIGINT        NOT NULL,
    edition             INT           NOT NULL COMMENT '1 = first issue; 2.. = corrections of it',
    corrects_id         BIGINT        NULL COMMENT 'the edition this one corrects',
    correction_note     TEXT          NULL COMMENT 'printed under the header of a correction',
    status              VARCHAR(16)   NOT NULL,
    number              INT           NOT NULL COMMENT 'the "số" printed through the agency number template',
    issued_on           DATE          NOT NULL,
    title               VARCHAR(300)  NOT NULL,
    subtitle            VARCHAR(500)  NOT NULL,
    opening             TEXT          NOT NULL COMMENT 'Markdown',
    closing             VARCHAR(1000) NOT NULL,
    recipients          TEXT          NULL COMMENT 'Markdown, "Nơi nhận"',
    statistics_json     LONGTEXT      NULL,
    statistics_taken_at DATETIME(6)   NULL,
    search_text         MEDIUMTEXT    NULL COMMENT 'plain text of the published content, for the readers'' search',
    version             BIGINT        NOT NULL DEFAULT 0,
    created_by          VARCHAR(64)   NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_by          VARCHAR(64)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    submitted_by        VARCHAR(64)   NULL,
    submitted_at        DATETIME(6)   NULL,
    published_by        VARCHAR(64)   NULL,
    published_at        DATETIME(6)   NULL,
    CONSTRAINT fk_bulletin_period FOREIGN KEY (period_id) REFERENCES reporting_period (id),
    CONSTRAINT fk_bulletin_corrects FOREIGN KEY (corrects_id) REFERENCES bulletin (id),
    CONSTRAINT uq_bulletin_edition UNIQUE (period_id, edition),
    CONSTRAINT ck_bulletin_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'SUPERSEDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_bulletin_status ON bulletin (status, published_at);

-- Pictures of items: JPEG/PNG checked on upload, kept in the database (every app node sees them).
CREATE TABLE bulletin_picture (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bulletin_id BIGINT      NOT NULL,
    media_type  VARCHAR(32) NOT NULL,
    width       INT         NOT NULL,
    height      INT         NOT NULL,
    size_bytes  INT         NOT NULL,
    content     MEDIUMBLOB  NOT NULL,
    created_by  VARCHAR(64) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_bulletin_picture_bulletin FOREIGN KEY (bulletin_id) REFERENCES bulletin (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bulletin_section (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bulletin_id BIGINT       NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    position    INT          NOT NULL,
    heading     VARCHAR(300) NOT NULL,
    CONSTRAINT fk_bulletin_section_bulletin FOREIGN KEY (bulletin_id) REFERENCES bulletin (id) ON DELETE CASCADE,
    CONSTRAINT ck_bulletin_section_kind CHECK (kind IN ('SHARING', 'ACTIVITIES', 'DIRECTIVES', 'STATISTICS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bulletin_item (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    section_id      BIGINT       NOT NULL,
    position        INT          NOT NULL,
    title           VARCHAR(500) NOT NULL,
    body            MEDIUMTEXT   NOT NULL COMMENT 'Markdown',
    source          VARCHAR(500) NULL,
    doc_number      VARCHAR(100) NULL COMMENT 'directives: "128/KH-UBND"',
    doc_date        DATE         NULL,
    doc_issuer      VARCHAR(300) NULL,
    picture_id      BIGINT       NULL,
    picture_caption VARCHAR(500) NULL,
    CONSTRAINT fk_bulletin_item_section FOREIGN KEY (section_id) REFERENCES bulletin_section (id) ON DELETE CASCADE,
    CONSTRAINT fk_bulletin_item_picture FOREIGN KEY (picture_id) REFERENCES bulletin_picture (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A generated "Từ bảng trên cho thấy" sentence and, when the author edited it, the edited one: both kept, so the
-- approver sees what the data said and what the bulletin will say.
CREATE TABLE bulletin_highlight (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bulletin_id    BIGINT      NOT NULL,
    table_code     VARCHAR(64) NOT NULL,
    position       INT         NOT NULL,
    generated_text TEXT        NOT NULL,
    edited_text    TEXT        NULL,
    CONSTRAINT fk_bulletin_highlight_bulletin FOREIGN KEY (bulletin_id) REFERENCES bulletin (id) ON DELETE CASCADE,
    CONSTRAINT uq_bulletin_highlight UNIQUE (bulletin_id, table_code, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bulletin_event (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bulletin_id BIGINT      NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    actor       VARCHAR(64) NOT NULL,
    action      VARCHAR(32) NOT NULL,
    from_status VARCHAR(16) NULL,
    to_status   VARCHAR(16) NULL,
    reason      TEXT        NULL,
    CONSTRAINT fk_bulletin_event_bulletin FOREIGN KEY (bulletin_id) REFERENCES bulletin (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The new role of the head of the standing agency, who approves and publishes bulletins.
ALTER TABLE app_user_role DROP CONSTRAINT ck_app_user_role;
ALTER TABLE app_user_role MODIFY role VARCHAR(16) NOT NULL COMMENT 'REPORTER, REVIEWER, LEADER, ADMIN, PUBLISHER';
ALTER TABLE app_user_role ADD CONSTRAINT ck_app_user_role
    CHECK (role IN ('REPORTER', 'REVIEWER', 'LEADER', 'ADMIN', 'PUBLISHER'));

--changeset cds:070-statistics-paragraphs
-- Province-wide figures the bulletin writes as sentences, not as a table (the seeds' "2. Kết quả sử dụng phần
-- mềm, ứng dụng" hotline 1022 paragraph and "5. Tuyên truyền về CDS"). {code} is the approved figure of that
-- indicator; {tu_ngay}/{den_ngay} the period's data window; {ngay_ban_hanh} the bulletin's issue date. A section
-- with paragraphs prints them instead of its table. Texts as in seed 003 (Tháng 3/2024).
CREATE TABLE statistics_paragraph (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    section_code VARCHAR(32)   NOT NULL,
    position     INT           NOT NULL,
    template     VARCHAR(2000) NOT NULL,
    CONSTRAINT fk_statistics_paragraph_section FOREIGN KEY (section_code) REFERENCES indicator_section (code),
    CONSTRAINT uq_statistics_paragraph UNIQUE (section_code, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO statistics_paragraph (section_code, position, template) VALUES
('HOTLINE', 1, 'Từ ngày {tu_ngay} đến ngày {ngay_ban_hanh}, tổng số tin tiếp nhận {hotline_1022_received} tin, đã xử lý {hotline_1022_processed} tin, đang xử lý {hotline_1022_pending}; tổng đài viên trả lời trực tiếp {hotline_1022_answered_direct} tin, chuyển các ngành xử lý {hotline_1022_forwarded} tin.'),
('PROPAGANDA', 1, 'Từ đầu năm đến nay, Trang Thông tin điện tử CĐS tỉnh đã cập nhật, đăng tải {cds_web_posts_ytd} tin bài, văn bản, thông tin tuyên truyền, chỉ đạo - điều hành về CĐS.'),
('PROPAGANDA', 2, 'Lũy kế từ năm 2022 đến ngày {ngay_ban_hanh}, Trang Thông tin điện tử CĐS tỉnh đã cập nhật, đăng tải {cds_web_posts_cumulative} thông tin tuyên truyền, chỉ đạo điều hành về CĐS.');
