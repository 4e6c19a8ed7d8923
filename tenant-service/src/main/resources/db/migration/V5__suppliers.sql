-- Inventory: the companies a tenant buys from.

CREATE TABLE suppliers (
    tenant_id              VARCHAR(40)  NOT NULL,
    id                     VARCHAR(40)  NOT NULL,
    code                   VARCHAR(32)  NOT NULL,
    name                   VARCHAR(200) NOT NULL,
    email                  VARCHAR(254),
    phone                  VARCHAR(40),
    address_line1          VARCHAR(200),
    address_line2          VARCHAR(200),
    postal_code            VARCHAR(20),
    city                   VARCHAR(100),
    country                CHAR(2),
    currency               CHAR(3)      NOT NULL,
    default_lead_time_days INT,
    archived               BOOLEAN      NOT NULL,
    created_at             DATETIME(6)  NOT NULL,
    version                BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT suppliers_code UNIQUE (tenant_id, code)
);
