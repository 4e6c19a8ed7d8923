-- Purchasing: incoming inspection per item, supplier item prices and lead times, purchase orders and their
-- receipts, and the tenant's service level for safety stock. Runs unchanged on H2 (MySQL mode) and MySQL/MariaDB.

ALTER TABLE items ADD COLUMN incoming_inspection BOOLEAN DEFAULT FALSE NOT NULL;

-- The cycle service level (0.5 to 0.9999) safety stock is computed for; NULL: each item's own safety_stock.
ALTER TABLE tenants ADD COLUMN replenishment_service_level DECIMAL(6,4);

-- What one supplier asks for one item. preferred_item_id is the item_id while the row is the item's preferred
-- supplier and NULL otherwise, so the unique key allows one preferred supplier per item (NULLs never collide).
CREATE TABLE supplier_items (
    tenant_id              VARCHAR(40)   NOT NULL,
    id                     VARCHAR(40)   NOT NULL,
    supplier_id            VARCHAR(40)   NOT NULL,
    item_id                VARCHAR(40)   NOT NULL,
    supplier_item_code     VARCHAR(64),
    unit_price_amount      DECIMAL(19,4),
    unit_price_currency    CHAR(3),
    lead_time_days         INT,
    minimum_order_quantity DECIMAL(19,6),
    order_multiple         DECIMAL(19,6),
    preferred_item_id      VARCHAR(40),
    created_at             DATETIME(6)   NOT NULL,
    version                BIGINT        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT supplier_items_item UNIQUE (tenant_id, supplier_id, item_id),
    CONSTRAINT supplier_items_preferred UNIQUE (tenant_id, preferred_item_id)
);
CREATE INDEX supplier_items_by_item ON supplier_items (tenant_id, item_id);

CREATE TABLE purchase_orders (
    tenant_id          VARCHAR(40)   NOT NULL,
    id                 VARCHAR(40)   NOT NULL,
    number             VARCHAR(64)   NOT NULL,
    supplier_id        VARCHAR(40)   NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    currency           CHAR(3)       NOT NULL,
    notes              TEXT,
    external_reference VARCHAR(100),
    updated_at         DATETIME(6)   NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT purchase_orders_number UNIQUE (tenant_id, number)
);
CREATE INDEX purchase_orders_supplier ON purchase_orders (tenant_id, supplier_id, id);
CREATE INDEX purchase_orders_status ON purchase_orders (tenant_id, status, id);

-- open quantity = quantity - received_quantity while the order is open; planning nets against it.
CREATE TABLE purchase_order_lines (
    tenant_id           VARCHAR(40)   NOT NULL,
    id                  VARCHAR(40)   NOT NULL,
    purchase_order_id   VARCHAR(40)   NOT NULL,
    line_number         INT           NOT NULL,
    item_id             VARCHAR(40)   NOT NULL,
    quantity            DECIMAL(19,6) NOT NULL,
    received_quantity   DECIMAL(19,6) NOT NULL,
    unit_price_amount   DECIMAL(19,4) NOT NULL,
    unit_price_currency CHAR(3)       NOT NULL,
    expected_date       DATE          NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT purchase_order_lines_number UNIQUE (tenant_id, purchase_order_id, line_number),
    CONSTRAINT purchase_order_lines_received CHECK (received_quantity >= 0 AND received_quantity <= quantity)
);
CREATE INDEX purchase_order_lines_item ON purchase_order_lines (tenant_id, item_id);

-- What arrived against a purchase order; each line names the stock movement it booked.
CREATE TABLE purchase_receipts (
    tenant_id         VARCHAR(40)  NOT NULL,
    id                VARCHAR(40)  NOT NULL,
    purchase_order_id VARCHAR(40)  NOT NULL,
    warehouse_id      VARCHAR(40)  NOT NULL,
    location_id       VARCHAR(40),
    actor_id          VARCHAR(40),
    created_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX purchase_receipts_order ON purchase_receipts (tenant_id, purchase_order_id, id);

CREATE TABLE purchase_receipt_lines (
    tenant_id         VARCHAR(40)   NOT NULL,
    id                VARCHAR(40)   NOT NULL,
    receipt_id        VARCHAR(40)   NOT NULL,
    line_id           VARCHAR(40)   NOT NULL,
    item_id           VARCHAR(40)   NOT NULL,
    quantity          DECIMAL(19,6) NOT NULL,
    lot_id            VARCHAR(40),
    stock_movement_id VARCHAR(40)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX purchase_receipt_lines_receipt ON purchase_receipt_lines (tenant_id, receipt_id);
