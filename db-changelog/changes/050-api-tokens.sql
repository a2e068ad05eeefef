--liquibase formatted sql

--changeset cds:050-api-tokens
-- Tokens an administrator issues to another reporting system for the read-only JSON API (/api/v1/...).
-- Only the SHA-256 hash of a token is stored: the token itself is shown once, when it is issued.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(200) NOT NULL COMMENT 'who uses it, e.g. Hệ thống báo cáo của Bộ KH&CN',
    token_hash   VARCHAR(64)  NOT NULL COMMENT 'SHA-256 of the token, hex',
    token_prefix VARCHAR(16)  NOT NULL COMMENT 'first characters of the token, to recognise it in lists',
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    revoked_at   DATETIME(6)  NULL,
    revoked_by   VARCHAR(64)  NULL,
    last_used_at DATETIME(6)  NULL,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
