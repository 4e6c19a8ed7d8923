-- Tenancy, identity, audit and idempotency. Runs unchanged on H2 (MySQL mode) and MySQL/MariaDB.
-- Tenant-owned tables start every key with tenant_id, so a tenant's cost grows with its own data only.

CREATE TABLE tenants (
    id                  VARCHAR(40)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    country             CHAR(2)      NOT NULL,
    locale              VARCHAR(35)  NOT NULL,
    currency            CHAR(3)      NOT NULL,
    time_zone           VARCHAR(64)  NOT NULL,
    enabled_modules     VARCHAR(200) NOT NULL,
    order_number_format VARCHAR(64)  NOT NULL,
    plan                VARCHAR(20)  NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL,
    PRIMARY KEY (id)
);

-- The sign-in directory: looked up by e-mail or client id before the tenant is known.
CREATE TABLE credentials (
    login           VARCHAR(254) NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    tenant_id       VARCHAR(40)  NOT NULL,
    subject_id      VARCHAR(40)  NOT NULL,
    secret_hash     VARCHAR(255) NOT NULL,
    failed_attempts INT          NOT NULL,
    last_failed_at  DATETIME(6),
    locked_until    DATETIME(6),
    version         BIGINT       NOT NULL,
    PRIMARY KEY (login)
);
CREATE INDEX credentials_subject ON credentials (tenant_id, subject_id);

CREATE TABLE refresh_tokens (
    token_hash  CHAR(64)    NOT NULL,
    tenant_id   VARCHAR(40) NOT NULL,
    subject_id  VARCHAR(40) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6),
    version     BIGINT      NOT NULL,
    PRIMARY KEY (token_hash)
);
CREATE INDEX refresh_tokens_subject ON refresh_tokens (tenant_id, subject_id);

CREATE TABLE users (
    tenant_id             VARCHAR(40)  NOT NULL,
    id                    VARCHAR(40)  NOT NULL,
    email                 VARCHAR(254) NOT NULL,
    name                  VARCHAR(200),
    role                  VARCHAR(20)  NOT NULL,
    status                VARCHAR(20)  NOT NULL,
    invitation_hash       CHAR(64),
    invitation_expires_at DATETIME(6),
    created_at            DATETIME(6)  NOT NULL,
    last_login_at         DATETIME(6),
    version               BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT users_email UNIQUE (tenant_id, email)
);
CREATE INDEX users_invitation ON users (invitation_hash);

CREATE TABLE api_clients (
    tenant_id    VARCHAR(40)  NOT NULL,
    id           VARCHAR(40)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    role         VARCHAR(20)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    revoked_at   DATETIME(6),
    last_used_at DATETIME(6),
    version      BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE audit_events (
    tenant_id   VARCHAR(40)  NOT NULL,
    id          VARCHAR(40)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    actor_type  VARCHAR(16)  NOT NULL,
    actor_id    VARCHAR(40),
    action      VARCHAR(64)  NOT NULL,
    object_type VARCHAR(32)  NOT NULL,
    object_id   VARCHAR(40)  NOT NULL,
    changes     TEXT,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_events_object ON audit_events (tenant_id, object_id);
CREATE INDEX audit_events_actor ON audit_events (tenant_id, actor_id);

-- Scope is the tenant for authenticated calls and "public" for sign-up, so this table is not tenant-filtered.
CREATE TABLE idempotency_records (
    scope           VARCHAR(40)  NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    response_status INT,
    response_body   MEDIUMTEXT,
    location        VARCHAR(500),
    etag            VARCHAR(64),
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);
CREATE INDEX idempotency_records_created ON idempotency_records (created_at);
