-- Inventory: warehouses and their storage locations (bins).

CREATE TABLE warehouses (
    tenant_id     VARCHAR(40)  NOT NULL,
    id            VARCHAR(40)  NOT NULL,
    code          VARCHAR(32)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    address_line1 VARCHAR(200),
    address_line2 VARCHAR(200),
    postal_code   VARCHAR(20),
    city          VARCHAR(100),
    country       CHAR(2),
    archived      BOOLEAN      NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT warehouses_code UNIQUE (tenant_id, code)
);

CREATE TABLE storage_locations (
    tenant_id    VARCHAR(40)  NOT NULL,
    id           VARCHAR(40)  NOT NULL,
    warehouse_id VARCHAR(40)  NOT NULL,
    code         VARCHAR(32)  NOT NULL,
    description  VARCHAR(200),
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT storage_locations_code UNIQUE (tenant_id, warehouse_id, code)
);
