-- Work orders (production), MRP runs and the planned orders they propose (planning). Runs unchanged on H2 (MySQL mode)
-- and MySQL/MariaDB.

-- A firm order to make an item: numbered from the tenant's gap-free series, planned -> released, or cancelled.
-- planned_order_id and sales_order_id say where it came from (a released MRP proposal, a customer order).
CREATE TABLE work_orders (
    tenant_id        VARCHAR(40)   NOT NULL,
    id               VARCHAR(40)   NOT NULL,
    number           VARCHAR(64)   NOT NULL,
    item_id          VARCHAR(40)   NOT NULL,
    quantity         DECIMAL(19,6) NOT NULL,
    start_date       DATE          NOT NULL,
    due_date         DATE          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    planned_order_id VARCHAR(40),
    sales_order_id   VARCHAR(40),
    released_at      DATETIME(6),
    updated_at       DATETIME(6)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT work_orders_number UNIQUE (tenant_id, number)
);
CREATE INDEX work_orders_status ON work_orders (tenant_id, status, id);
CREATE INDEX work_orders_item ON work_orders (tenant_id, item_id, id);

-- One MRP run on the tenant's data: a job with its options, progress, counts and the first 1,000 exception messages
-- (JSON). stale is set when a committed order change makes the plan outdated; stale_reason says which.
CREATE TABLE mrp_runs (
    tenant_id           VARCHAR(40)  NOT NULL,
    id                  VARCHAR(40)  NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    progress            INT          NOT NULL,
    bucket              VARCHAR(8)   NOT NULL,
    horizon             INT          NOT NULL,
    start_date          DATE         NOT NULL,
    started_at          DATETIME(6),
    finished_at         DATETIME(6),
    duration_ms         BIGINT,
    item_count          INT          NOT NULL,
    planned_order_count INT          NOT NULL,
    exception_count     INT          NOT NULL,
    exceptions          MEDIUMTEXT,
    failure             VARCHAR(1000),
    stale               BOOLEAN      NOT NULL,
    stale_reason        VARCHAR(500),
    actor_type          VARCHAR(16),
    actor_id            VARCHAR(40),
    created_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX mrp_runs_status ON mrp_runs (tenant_id, status, id);

-- A run's proposal to make or buy an item. pegging lists the demands it covers as JSON (sales order lines, parent
-- planned orders), written with the order in one row: a run writes tens of thousands of them. configuration holds the
-- chosen options of an assemble-to-order line. A released proposal links its work order.
CREATE TABLE planned_orders (
    tenant_id      VARCHAR(40)   NOT NULL,
    id             VARCHAR(40)   NOT NULL,
    run_id         VARCHAR(40)   NOT NULL,
    item_id        VARCHAR(40)   NOT NULL,
    kind           VARCHAR(8)    NOT NULL,
    configuration  TEXT,
    quantity       DECIMAL(19,6) NOT NULL,
    release_date   DATE          NOT NULL,
    due_date       DATE          NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    work_order_id  VARCHAR(40),
    released_at    DATETIME(6),
    pegging        MEDIUMTEXT,
    created_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX planned_orders_run ON planned_orders (tenant_id, run_id, id);
CREATE INDEX planned_orders_run_item ON planned_orders (tenant_id, run_id, item_id, id);
