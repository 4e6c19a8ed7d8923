-- Orders that ship what exists (issue 12). Runs unchanged on H2 (MySQL mode) and MySQL/MariaDB.
--
-- What an order line holds in stock is not kept here: it is the open quantity of its reservations (reference type
-- order_line, reference id the line's id), which the stock ledger keeps. A line keeps what left the building and what
-- came back, and the warehouse it last shipped from (where a return goes when none is named).
ALTER TABLE order_lines ADD COLUMN shipped_quantity DECIMAL(19,6) NOT NULL DEFAULT 0;
ALTER TABLE order_lines ADD COLUMN returned_quantity DECIMAL(19,6) NOT NULL DEFAULT 0;
ALTER TABLE order_lines ADD COLUMN shipped_from_warehouse_id VARCHAR(40);

-- Goods a customer sent back, per order line: received into a quarantined lot (lot_id) by the receipt movement_id.
CREATE TABLE order_returns (
    tenant_id    VARCHAR(40)   NOT NULL,
    id           VARCHAR(40)   NOT NULL,
    order_id     VARCHAR(40)   NOT NULL,
    line_id      VARCHAR(40)   NOT NULL,
    line_number  INT           NOT NULL,
    item_id      VARCHAR(40)   NOT NULL,
    quantity     DECIMAL(19,6) NOT NULL,
    reason       VARCHAR(500)  NOT NULL,
    warehouse_id VARCHAR(40)   NOT NULL,
    lot_id       VARCHAR(40)   NOT NULL,
    movement_id  VARCHAR(40)   NOT NULL,
    actor_type   VARCHAR(20),
    actor_id     VARCHAR(40),
    created_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT order_returns_positive CHECK (quantity > 0)
);
CREATE INDEX order_returns_order ON order_returns (tenant_id, order_id, id);
