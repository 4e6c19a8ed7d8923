-- Issue 3 gaps: the tracking endpoint finds its order without reading across tenants, an import cut off by a restart
-- ends as failed, and orders keep the dates their statistics group by. V11_1 (Java) fills the new columns and the
-- tracking index for the orders taken before: SHA-256 and time zones have no SQL that both H2 and MariaDB run.

-- Not tenant-owned: the tracking endpoint has no login, so no tenant. The SHA-256 (hex) of an order's tracking token
-- leads to its tenant and order; written with the order, in the same transaction.
CREATE TABLE order_tracking (
    token_hash CHAR(64)    NOT NULL,
    tenant_id  VARCHAR(40) NOT NULL,
    order_id   VARCHAR(40) NOT NULL,
    PRIMARY KEY (token_hash)
);
CREATE INDEX order_tracking_tenant ON order_tracking (tenant_id, order_id);

-- Not tenant-owned: the imports running now, across tenants, so that a starting instance finds the ones a stopped one
-- left behind. runner names the instance (its host name); it renews heartbeat_at while it lives.
CREATE TABLE import_runs (
    job_id       VARCHAR(40)  NOT NULL,
    tenant_id    VARCHAR(40)  NOT NULL,
    runner       VARCHAR(255) NOT NULL,
    heartbeat_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (job_id)
);

-- The company's calendar dates on which an order was taken and delivered (in its time zone then), so statistics group
-- by month and compare with the promised date in SQL.
ALTER TABLE orders ADD COLUMN ordered_on DATE;
ALTER TABLE orders ADD COLUMN delivered_on DATE;
