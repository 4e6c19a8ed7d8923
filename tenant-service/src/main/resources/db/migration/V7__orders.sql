-- Customer orders, their lines and their timeline. Runs unchanged on H2 (MySQL mode) and MySQL/MariaDB.

-- total_amount is the sum of the line totals, kept with the order so statistics sum one column.
-- tracking_token is the customer's key to GET /api/v1/tracking/{token}: 256 random bits, unique across all tenants.
CREATE TABLE orders (
    tenant_id          VARCHAR(40)   NOT NULL,
    id                 VARCHAR(40)   NOT NULL,
    number             VARCHAR(64)   NOT NULL,
    customer_id        VARCHAR(40)   NOT NULL,
    channel            VARCHAR(20)   NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    held_from          VARCHAR(20),
    currency           CHAR(3)       NOT NULL,
    total_amount       DECIMAL(19,4) NOT NULL,
    promised_date      DATE,
    delivered_at       DATETIME(6),
    notes              TEXT,
    external_reference VARCHAR(100),
    tracking_token     VARCHAR(64)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT orders_number UNIQUE (tenant_id, number),
    CONSTRAINT orders_tracking_token UNIQUE (tracking_token)
);
CREATE INDEX orders_customer ON orders (tenant_id, customer_id, id);
CREATE INDEX orders_status ON orders (tenant_id, status, id);

-- configuration: the chosen option code per option group code of a configurable item, as JSON text.
CREATE TABLE order_lines (
    tenant_id           VARCHAR(40)   NOT NULL,
    id                  VARCHAR(40)   NOT NULL,
    order_id            VARCHAR(40)   NOT NULL,
    line_number         INT           NOT NULL,
    item_id             VARCHAR(40)   NOT NULL,
    configuration       TEXT,
    quantity            DECIMAL(19,6) NOT NULL,
    unit_price_amount   DECIMAL(19,4) NOT NULL,
    unit_price_currency CHAR(3)       NOT NULL,
    requested_date      DATE,
    created_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT order_lines_number UNIQUE (tenant_id, order_id, line_number)
);

-- The order's timeline: creation, every status change and every edit, by whom. Append-only.
CREATE TABLE order_history (
    tenant_id   VARCHAR(40) NOT NULL,
    id          VARCHAR(40) NOT NULL,
    order_id    VARCHAR(40) NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    action      VARCHAR(30),
    from_status VARCHAR(20),
    to_status   VARCHAR(20),
    actor_type  VARCHAR(20),
    actor_id    VARCHAR(40),
    changes     MEDIUMTEXT,
    comment     TEXT,
    created_at  DATETIME(6) NOT NULL,
    version     BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX order_history_order ON order_history (tenant_id, order_id, id);

-- The tenant's order workflow (stage names, skipped optional stages) as JSON text; NULL is the standard workflow.
ALTER TABLE tenants ADD COLUMN order_workflow TEXT;
