-- Imports of CSV/XLSX files, run in the background: the job keeps status, progress and the row errors.
-- The file itself is not kept; errors holds the first 1,000 errors as JSON.

CREATE TABLE import_jobs (
    tenant_id   VARCHAR(40) NOT NULL,
    id          VARCHAR(40) NOT NULL,
    kind        VARCHAR(32) NOT NULL,
    file_format VARCHAR(8)  NOT NULL,
    status      VARCHAR(16) NOT NULL,
    rows_total  INT         NOT NULL,
    rows_done   INT         NOT NULL,
    imported    INT         NOT NULL,
    error_count INT         NOT NULL,
    errors      MEDIUMTEXT,
    actor_type  VARCHAR(16),
    actor_id    VARCHAR(40),
    created_at  DATETIME(6) NOT NULL,
    finished_at DATETIME(6),
    version     BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
