-- Issue 12, the shop floor. A work order's output and progress: what it has received into stock (good) and scrapped,
-- where its output goes, the lot that output forms (for a lot-tracked item) and when it started, completed and closed.
ALTER TABLE work_orders ADD COLUMN good_quantity DECIMAL(19,6) NOT NULL DEFAULT 0;
ALTER TABLE work_orders ADD COLUMN scrap_quantity DECIMAL(19,6) NOT NULL DEFAULT 0;
ALTER TABLE work_orders ADD COLUMN output_warehouse_id VARCHAR(40);
ALTER TABLE work_orders ADD COLUMN output_location_id VARCHAR(40);
ALTER TABLE work_orders ADD COLUMN output_lot_id VARCHAR(40);
ALTER TABLE work_orders ADD COLUMN started_at DATETIME(6);
ALTER TABLE work_orders ADD COLUMN completed_at DATETIME(6);
ALTER TABLE work_orders ADD COLUMN closed_at DATETIME(6);

-- The item's routing as it was when the work order was released, with what the shop floor reported against each step.
-- An item without a routing gets one operation (sequence 10) at no work centre.
CREATE TABLE work_order_operations (
    tenant_id            VARCHAR(40)   NOT NULL,
    id                   VARCHAR(40)   NOT NULL,
    work_order_id        VARCHAR(40)   NOT NULL,
    sequence_number      INT           NOT NULL,
    work_center_id       VARCHAR(40),
    description          VARCHAR(500),
    setup_minutes        DECIMAL(19,6) NOT NULL,
    run_minutes_per_unit DECIMAL(19,6) NOT NULL,
    planned_minutes      DECIMAL(19,6) NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    good_quantity        DECIMAL(19,6) NOT NULL,
    scrap_quantity       DECIMAL(19,6) NOT NULL,
    labour_minutes       DECIMAL(19,6) NOT NULL,
    machine_minutes      DECIMAL(19,6) NOT NULL,
    started_at           DATETIME(6),
    completed_at         DATETIME(6),
    updated_at           DATETIME(6)   NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT work_order_operations_sequence UNIQUE (tenant_id, work_order_id, sequence_number)
);
-- A work centre's queue: its operations that are not done.
CREATE INDEX work_order_operations_queue ON work_order_operations (tenant_id, work_center_id, status);

-- Pauses of an operation, with why; ended_at and duration_seconds are set when it resumes.
CREATE TABLE work_order_interruptions (
    tenant_id        VARCHAR(40)  NOT NULL,
    id               VARCHAR(40)  NOT NULL,
    work_order_id    VARCHAR(40)  NOT NULL,
    operation_id     VARCHAR(40)  NOT NULL,
    reason           VARCHAR(32)  NOT NULL,
    note             VARCHAR(500),
    started_at       DATETIME(6)  NOT NULL,
    ended_at         DATETIME(6),
    duration_seconds BIGINT,
    created_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX work_order_interruptions_work_order ON work_order_interruptions (tenant_id, work_order_id, id);

-- Which component lots went into which output lot (quality's traceability): per work order, from the ledger's issues
-- that reference it, brought up to date each time the work order receives output.
CREATE TABLE lot_genealogy (
    tenant_id         VARCHAR(40)   NOT NULL,
    id                VARCHAR(40)   NOT NULL,
    work_order_id     VARCHAR(40)   NOT NULL,
    output_lot_id     VARCHAR(40)   NOT NULL,
    output_item_id    VARCHAR(40)   NOT NULL,
    component_lot_id  VARCHAR(40)   NOT NULL,
    component_item_id VARCHAR(40)   NOT NULL,
    quantity          DECIMAL(19,6) NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT lot_genealogy_link UNIQUE (tenant_id, work_order_id, output_lot_id, component_lot_id)
);
CREATE INDEX lot_genealogy_output ON lot_genealogy (tenant_id, output_lot_id);
CREATE INDEX lot_genealogy_component ON lot_genealogy (tenant_id, component_lot_id);

-- The issues posted against a work order, read for its genealogy each time it receives output.
CREATE INDEX stock_movements_by_reference ON stock_movements (tenant_id, reference_type, reference_id);
