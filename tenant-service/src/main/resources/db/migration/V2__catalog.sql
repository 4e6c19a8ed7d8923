-- Catalog: items, bills of materials, product options, work centres and routings.
-- Runs unchanged on H2 (MySQL mode) and MySQL/MariaDB. Every key starts with tenant_id; codes are unique per tenant.
-- Items and work centres are archived, never deleted, so the foreign keys to them never block a change.

CREATE TABLE items (
    tenant_id               VARCHAR(40)    NOT NULL,
    id                      VARCHAR(40)    NOT NULL,
    code                    VARCHAR(64)    NOT NULL,
    name                    VARCHAR(200)   NOT NULL,
    description             VARCHAR(2000),
    kind                    VARCHAR(20)    NOT NULL,
    unit                    VARCHAR(16)    NOT NULL,
    make_or_buy             VARCHAR(8)     NOT NULL,
    lead_time_days          INT            NOT NULL,
    standard_cost_amount    DECIMAL(19,4),
    standard_cost_currency  CHAR(3),
    sales_price_amount      DECIMAL(19,4),
    sales_price_currency    CHAR(3),
    lot_sizing_rule         VARCHAR(32)    NOT NULL,
    fixed_order_quantity    DECIMAL(19,6),
    order_periods           INT,
    safety_stock            DECIMAL(19,6)  NOT NULL,
    reorder_point           DECIMAL(19,6),
    ordering_cost_amount    DECIMAL(19,4),
    ordering_cost_currency  CHAR(3),
    holding_cost_rate       DECIMAL(9,6),
    minimum_order_quantity  DECIMAL(19,6),
    order_multiple          DECIMAL(19,6),
    lot_tracked             BOOLEAN        NOT NULL,
    status                  VARCHAR(16)    NOT NULL,
    created_at              DATETIME(6)    NOT NULL,
    updated_at              DATETIME(6)    NOT NULL,
    version                 BIGINT         NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT items_code UNIQUE (tenant_id, code)
);
CREATE INDEX items_kind ON items (tenant_id, kind, id);

-- The version of one part of an item's structure (its bill of materials, routing or options): the
-- ETag that GET returns and PUT needs, kept apart from the item's own version.
CREATE TABLE item_structures (
    tenant_id   VARCHAR(40) NOT NULL,
    id          VARCHAR(40) NOT NULL,
    item_id     VARCHAR(40) NOT NULL,
    part        VARCHAR(16) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    version     BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT item_structures_part UNIQUE (tenant_id, item_id, part),
    CONSTRAINT item_structures_item FOREIGN KEY (tenant_id, item_id) REFERENCES items (tenant_id, id)
);

CREATE TABLE option_groups (
    tenant_id   VARCHAR(40)  NOT NULL,
    id          VARCHAR(40)  NOT NULL,
    item_id     VARCHAR(40)  NOT NULL,
    line_number    INT          NOT NULL,
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    required    BOOLEAN      NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT option_groups_item FOREIGN KEY (tenant_id, item_id) REFERENCES items (tenant_id, id)
);
CREATE INDEX option_groups_by_item ON option_groups (tenant_id, item_id, line_number);

CREATE TABLE product_options (
    tenant_id   VARCHAR(40)  NOT NULL,
    id          VARCHAR(40)  NOT NULL,
    item_id     VARCHAR(40)  NOT NULL,
    group_id    VARCHAR(40)  NOT NULL,
    line_number    INT          NOT NULL,
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX product_options_by_item ON product_options (tenant_id, item_id, line_number);

-- Base lines of a bill of materials have option_id NULL; an option's components are lines with its id,
-- so where-used and the cycle check see both.
CREATE TABLE bom_lines (
    tenant_id           VARCHAR(40)   NOT NULL,
    id                  VARCHAR(40)   NOT NULL,
    parent_id           VARCHAR(40)   NOT NULL,
    option_id           VARCHAR(40),
    line_number            INT           NOT NULL,
    component_id        VARCHAR(40)   NOT NULL,
    quantity_per        DECIMAL(19,6) NOT NULL,
    scrap_factor        DECIMAL(9,6)  NOT NULL,
    operation_sequence  INT,
    created_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT bom_lines_parent FOREIGN KEY (tenant_id, parent_id) REFERENCES items (tenant_id, id),
    CONSTRAINT bom_lines_component FOREIGN KEY (tenant_id, component_id) REFERENCES items (tenant_id, id)
);
CREATE INDEX bom_lines_by_parent ON bom_lines (tenant_id, parent_id, line_number);
CREATE INDEX bom_lines_by_component ON bom_lines (tenant_id, component_id);

CREATE TABLE work_centers (
    tenant_id            VARCHAR(40)   NOT NULL,
    id                   VARCHAR(40)   NOT NULL,
    code                 VARCHAR(64)   NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    hours_per_day        DECIMAL(9,4)  NOT NULL,
    machines             INT           NOT NULL,
    efficiency           DECIMAL(9,4)  NOT NULL,
    cost_per_hour_amount DECIMAL(19,4),
    cost_per_hour_currency CHAR(3),
    working_days         VARCHAR(40)   NOT NULL,
    shifts               VARCHAR(200)  NOT NULL,
    holidays             TEXT,
    status               VARCHAR(16)   NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT work_centers_code UNIQUE (tenant_id, code)
);

CREATE TABLE routing_operations (
    tenant_id           VARCHAR(40)   NOT NULL,
    id                  VARCHAR(40)   NOT NULL,
    item_id             VARCHAR(40)   NOT NULL,
    sequence_number     INT           NOT NULL,
    work_center_id      VARCHAR(40)   NOT NULL,
    description         VARCHAR(500),
    setup_hours         DECIMAL(15,6) NOT NULL,
    run_hours_per_unit  DECIMAL(15,6) NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT routing_operations_item FOREIGN KEY (tenant_id, item_id) REFERENCES items (tenant_id, id),
    CONSTRAINT routing_operations_work_center FOREIGN KEY (tenant_id, work_center_id) REFERENCES work_centers (tenant_id, id)
);
CREATE INDEX routing_operations_by_item ON routing_operations (tenant_id, item_id, sequence_number);
CREATE INDEX routing_operations_by_work_center ON routing_operations (tenant_id, work_center_id);
