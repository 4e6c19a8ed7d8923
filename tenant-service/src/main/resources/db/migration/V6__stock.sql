-- Inventory: lots, the stock ledger and the balances derived from it, reservations, stock counts.
--
-- stock_movements is append-only: rows are inserted, never updated or deleted. stock_balances holds
-- on hand and reserved per item x warehouse x location x lot and is changed in the same transaction
-- as the movement or reservation that moves it; balance_key makes that combination unique even
-- where location or lot is absent (NULLs are never equal in a UNIQUE constraint).

CREATE TABLE lots (
    tenant_id    VARCHAR(40)  NOT NULL,
    id           VARCHAR(40)  NOT NULL,
    item_id      VARCHAR(40)  NOT NULL,
    number       VARCHAR(64)  NOT NULL,
    expiry_date  DATE,
    supplier_lot VARCHAR(64),
    status       VARCHAR(16)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT lots_number UNIQUE (tenant_id, item_id, number)
);

CREATE TABLE stock_balances (
    tenant_id    VARCHAR(40)    NOT NULL,
    id           VARCHAR(40)    NOT NULL,
    balance_key  VARCHAR(170)   NOT NULL,
    item_id      VARCHAR(40)    NOT NULL,
    warehouse_id VARCHAR(40)    NOT NULL,
    location_id  VARCHAR(40),
    lot_id       VARCHAR(40),
    on_hand      DECIMAL(19,6)  NOT NULL,
    reserved     DECIMAL(19,6)  NOT NULL,
    created_at   DATETIME(6)    NOT NULL,
    version      BIGINT         NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT stock_balances_key UNIQUE (tenant_id, balance_key),
    -- The last line of defence; the services refuse such changes with a 409 before they get here.
    CONSTRAINT stock_balances_never_negative CHECK (on_hand >= 0 AND reserved >= 0 AND reserved <= on_hand)
);
CREATE INDEX stock_balances_item ON stock_balances (tenant_id, item_id, warehouse_id);
CREATE INDEX stock_balances_warehouse ON stock_balances (tenant_id, warehouse_id);

CREATE TABLE stock_movements (
    tenant_id      VARCHAR(40)    NOT NULL,
    id             VARCHAR(40)    NOT NULL,
    posting_id     VARCHAR(40)    NOT NULL,
    kind           VARCHAR(20)    NOT NULL,
    item_id        VARCHAR(40)    NOT NULL,
    quantity       DECIMAL(19,6)  NOT NULL,
    unit           VARCHAR(16)    NOT NULL,
    warehouse_id   VARCHAR(40)    NOT NULL,
    location_id    VARCHAR(40),
    lot_id         VARCHAR(40),
    balance_id     VARCHAR(40)    NOT NULL,
    reason         VARCHAR(200),
    reference_type VARCHAR(32),
    reference_id   VARCHAR(64),
    reservation_id VARCHAR(40),
    value_amount   DECIMAL(19,4),
    value_currency CHAR(3),
    actor_type     VARCHAR(20),
    actor_id       VARCHAR(40),
    created_at     DATETIME(6)    NOT NULL,
    version        BIGINT         NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX stock_movements_item ON stock_movements (tenant_id, item_id, id);
CREATE INDEX stock_movements_warehouse ON stock_movements (tenant_id, warehouse_id, id);
CREATE INDEX stock_movements_lot ON stock_movements (tenant_id, lot_id, id);
CREATE INDEX stock_movements_posting ON stock_movements (tenant_id, posting_id);

CREATE TABLE reservations (
    tenant_id      VARCHAR(40)    NOT NULL,
    id             VARCHAR(40)    NOT NULL,
    item_id        VARCHAR(40)    NOT NULL,
    warehouse_id   VARCHAR(40)    NOT NULL,
    lot_id         VARCHAR(40),
    quantity       DECIMAL(19,6)  NOT NULL,
    open_quantity  DECIMAL(19,6)  NOT NULL,
    status         VARCHAR(16)    NOT NULL,
    reference_type VARCHAR(32)    NOT NULL,
    reference_id   VARCHAR(64)    NOT NULL,
    created_at     DATETIME(6)    NOT NULL,
    version        BIGINT         NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT reservations_open_quantity CHECK (open_quantity >= 0 AND open_quantity <= quantity)
);
CREATE INDEX reservations_item ON reservations (tenant_id, item_id, warehouse_id);
CREATE INDEX reservations_reference ON reservations (tenant_id, reference_type, reference_id);

-- Which balance rows a reservation holds, and how much of each is still reserved for it.
CREATE TABLE reservation_allocations (
    tenant_id      VARCHAR(40)    NOT NULL,
    id             VARCHAR(40)    NOT NULL,
    reservation_id VARCHAR(40)    NOT NULL,
    balance_id     VARCHAR(40)    NOT NULL,
    quantity       DECIMAL(19,6)  NOT NULL,
    created_at     DATETIME(6)    NOT NULL,
    version        BIGINT         NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT reservation_allocations_positive CHECK (quantity >= 0)
);
CREATE INDEX reservation_allocations_reservation ON reservation_allocations (tenant_id, reservation_id);

CREATE TABLE stock_counts (
    tenant_id    VARCHAR(40)  NOT NULL,
    id           VARCHAR(40)  NOT NULL,
    warehouse_id VARCHAR(40)  NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    posted_at    DATETIME(6),
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX stock_counts_warehouse ON stock_counts (tenant_id, warehouse_id);

-- One line per item x location x lot counted: what the books said when the count opened, and what was found.
CREATE TABLE stock_count_lines (
    tenant_id    VARCHAR(40)    NOT NULL,
    id           VARCHAR(40)    NOT NULL,
    count_id     VARCHAR(40)    NOT NULL,
    balance_key  VARCHAR(170)   NOT NULL,
    item_id      VARCHAR(40)    NOT NULL,
    location_id  VARCHAR(40),
    lot_id       VARCHAR(40),
    expected     DECIMAL(19,6)  NOT NULL,
    counted      DECIMAL(19,6),
    created_at   DATETIME(6)    NOT NULL,
    version      BIGINT         NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT stock_count_lines_balance UNIQUE (tenant_id, count_id, balance_key)
);
