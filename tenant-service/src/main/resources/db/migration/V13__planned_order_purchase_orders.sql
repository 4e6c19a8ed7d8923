-- A released buy proposal links the purchase order it became, as a make proposal links its work order.
ALTER TABLE planned_orders ADD COLUMN purchase_order_id VARCHAR(40);
