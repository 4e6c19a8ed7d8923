-- The master schedule: quantities of an item the company plans to need by a date, beyond confirmed orders (forecast
-- demand, stock to build). MRP counts what the item's orders due in the same week do not already cover. source
-- is manual, or forecast for entries a forecast of the item's order history wrote (and the next forecast replaces).
CREATE TABLE master_schedule_entries (
    tenant_id  VARCHAR(40)   NOT NULL,
    id         VARCHAR(40)   NOT NULL,
    item_id    VARCHAR(40)   NOT NULL,
    due_date   DATE          NOT NULL,
    quantity   DECIMAL(19,6) NOT NULL,
    note       VARCHAR(500),
    source     VARCHAR(16)   NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    version    BIGINT        NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX master_schedule_entries_item ON master_schedule_entries (tenant_id, item_id, due_date);

-- A forecast reads one item's order history: its order lines without scanning every line of the company.
CREATE INDEX order_lines_item ON order_lines (tenant_id, item_id, order_id);
