-- Quotas: the checks before each order and import, and GET /api/v1/tenant/usage, count this month's orders and imported
-- rows of one company; with these indexes the count reads the month, not the company's whole history.
CREATE INDEX orders_ordered_on ON orders (tenant_id, ordered_on);
CREATE INDEX import_jobs_created ON import_jobs (tenant_id, created_at);
