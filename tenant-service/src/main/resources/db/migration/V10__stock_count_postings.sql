-- Stock counts (tables in V6): the posting that booked a count's corrections, and its lines paged in id order.
ALTER TABLE stock_counts ADD COLUMN posting_id VARCHAR(40);
CREATE INDEX stock_count_lines_count ON stock_count_lines (tenant_id, count_id, id);
CREATE INDEX stock_counts_status ON stock_counts (tenant_id, status, id);
