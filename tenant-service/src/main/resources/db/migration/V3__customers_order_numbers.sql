-- Customers and the per-tenant number counters. Runs unchanged on H2 (MySQL mode) and MySQL/MariaDB.
-- Contacts and addresses are JSON text: always read and written with their customer, never queried on their own.
-- The lists are MEDIUMTEXT: 50 addresses of the longest valid lines in a three-byte script are ~90 KB, over TEXT's 64 KB.

CREATE TABLE customers (
    tenant_id          VARCHAR(40)  NOT NULL,
    id                 VARCHAR(40)  NOT NULL,
    number             VARCHAR(40)  NOT NULL,
    name               VARCHAR(200) NOT NULL,
    language           VARCHAR(35)  NOT NULL,
    contacts           MEDIUMTEXT,
    delivery_addresses MEDIUMTEXT,
    invoice_address    TEXT,
    notes              TEXT,
    status             VARCHAR(20)  NOT NULL,
    archived_at        DATETIME(6),
    created_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT customers_number UNIQUE (tenant_id, number)
);
CREATE INDEX customers_name ON customers (tenant_id, name);

-- One row per tenant and counter ("customer", "order:2026"): the next value to give out. A transaction that takes a
-- number holds this row's write lock until it ends, so numbers are given out in commit order and a rolled-back one is reused.
CREATE TABLE order_number_sequences (
    tenant_id  VARCHAR(40) NOT NULL,
    id         VARCHAR(40) NOT NULL,
    next_value BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    version    BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
