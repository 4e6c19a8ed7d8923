-- A run's planned orders, one row per item it plans: the item's proposals as one JSON array (see ItemPlan). A catalogue of
-- 10,000 items yields hundreds of thousands of proposals per run; as one row each, with their indexes and pegging, they
-- outgrew the buffer pool and took a MariaDB server 10 s to write. seq is the item's place in the run and part of each
-- proposal's id, which is derived from run, seq and position, so a proposal needs no row until it is released.
-- first_day is the run's: the proposals' dates are kept as days after it. planned_orders now keeps the released proposals (and the proposals of runs made before this table).
CREATE TABLE mrp_item_plans (
    tenant_id      VARCHAR(40)   NOT NULL,
    id             VARCHAR(40)   NOT NULL,
    run_id         VARCHAR(40)   NOT NULL,
    seq            INT           NOT NULL,
    first_day      DATE          NOT NULL,
    item_id        VARCHAR(40)   NOT NULL,
    kind           VARCHAR(8)    NOT NULL,
    configuration  TEXT,
    order_count    INT           NOT NULL,
    planned_orders MEDIUMTEXT    NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX mrp_item_plans_item ON mrp_item_plans (tenant_id, run_id, item_id, seq);
