/**
 * Stock: warehouses and storage locations, lots, the stock ledger with its movements and balances (locked in one
 * order by {@link io.flowline.stock.StockLocks}), reservations, stock counts and valuation. It may use the catalog and the
 * platform, never purchasing: every writer of stock, purchasing's receipts included, goes through its ledger.
 */
package io.flowline.stock;
