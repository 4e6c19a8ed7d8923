-- Issue 12, materials: a released work order's material list, the reservations that hold its stock and the issues that
-- consume it; items issued by themselves when output is reported (backflush); the configuration a work order is made for.

ALTER TABLE items ADD COLUMN backflush BOOLEAN NOT NULL DEFAULT FALSE;

-- The chosen option per option group (JSON text, as on order lines and planned orders); null for an item without options.
ALTER TABLE work_orders ADD COLUMN configuration VARCHAR(4000);

-- One component a work order needs: required = order quantity x quantity per x (1 + scrap factor), rounded up; what has
-- been issued against it; the reservation (stock ledger) holding what was available at release, if any.
CREATE TABLE work_order_materials (
    tenant_id         VARCHAR(40)   NOT NULL,
    id                VARCHAR(40)   NOT NULL,
    work_order_id     VARCHAR(40)   NOT NULL,
    line_number       INT           NOT NULL,
    item_id           VARCHAR(40)   NOT NULL,
    quantity_per      DECIMAL(19,6) NOT NULL,
    scrap_factor      DECIMAL(9,6)  NOT NULL,
    required_quantity DECIMAL(19,6) NOT NULL,
    unit              VARCHAR(32)   NOT NULL,
    issued_quantity   DECIMAL(19,6) NOT NULL,
    backflush         BOOLEAN       NOT NULL,
    backflushed_good  DECIMAL(19,6) NOT NULL,
    reservation_id    VARCHAR(40),
    created_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT work_order_materials_line UNIQUE (tenant_id, work_order_id, line_number)
);

-- One issue of a component to a work order, as posted to the stock ledger (reference work_order / the work order's id).
CREATE TABLE work_order_material_issues (
    tenant_id      VARCHAR(40)   NOT NULL,
    id             VARCHAR(40)   NOT NULL,
    work_order_id  VARCHAR(40)   NOT NULL,
    material_id    VARCHAR(40)   NOT NULL,
    item_id        VARCHAR(40)   NOT NULL,
    quantity       DECIMAL(19,6) NOT NULL,
    unit           VARCHAR(32)   NOT NULL,
    warehouse_id   VARCHAR(40)   NOT NULL,
    location_id    VARCHAR(40),
    lot_id         VARCHAR(40),
    posting_id     VARCHAR(40)   NOT NULL,
    backflush      BOOLEAN       NOT NULL,
    actor_type     VARCHAR(16),
    actor_id       VARCHAR(40),
    created_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX work_order_material_issues_order ON work_order_material_issues (tenant_id, work_order_id, id);
