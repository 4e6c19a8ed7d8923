-- Issue 10: the platform mail outbox, e-mail verification of a company, password reset, a user's language.

-- A company is verified once its owner opened the link e-mailed at sign-up; companies from before this existed count as verified.
ALTER TABLE tenants ADD COLUMN email_verified_at DATETIME(6);
UPDATE tenants SET email_verified_at = created_at;

-- The language a user's e-mails are written in (BCP 47); null: the company's locale.
ALTER TABLE users ADD COLUMN language VARCHAR(35);

-- The outbox: a message is written in the transaction of the change that causes it and sent after commit.
-- body holds the rendered text until it is sent (it may carry a single-use link), then it is cleared.
CREATE TABLE mail_messages (
    tenant_id       VARCHAR(40)  NOT NULL,
    id              VARCHAR(40)  NOT NULL,
    recipient       VARCHAR(254) NOT NULL,
    language        VARCHAR(35)  NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body            TEXT,
    status          VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL,
    next_attempt_at DATETIME(6),
    last_error      VARCHAR(500),
    file_name       VARCHAR(200),
    sent_at         DATETIME(6),
    updated_at      DATETIME(6)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
-- The sender looks for due messages of every tenant: the one index here that does not start with tenant_id.
CREATE INDEX mail_messages_due ON mail_messages (status, next_attempt_at);

-- Single-use tokens e-mailed to a person (e-mail verification, password reset), stored as their SHA-256 hash.
-- Not tenant-owned: presented before the tenant is known, like refresh tokens.
CREATE TABLE account_tokens (
    token_hash CHAR(64)    NOT NULL,
    purpose    VARCHAR(24) NOT NULL,
    tenant_id  VARCHAR(40) NOT NULL,
    subject_id VARCHAR(40) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6),
    created_at DATETIME(6) NOT NULL,
    version    BIGINT      NOT NULL,
    PRIMARY KEY (token_hash)
);
CREATE INDEX account_tokens_subject ON account_tokens (tenant_id, subject_id);
