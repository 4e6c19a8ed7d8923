/**
 * Stock: warehouses and storage locations, lots, the stock ledger with its movements and balances (locked in one
 * order by {@link io.flowline.stock.StockLocks}), reservations, stock counts and valuation. It may use the catalog and the
 * platform, never purchasing nor orders: every writer of stock, purchasing's receipts and orders' shipments included, goes
 * through its ledger. Modules above hear of usable stock received by observing {@link io.flowline.stock.StockReceived}.
 *
 * <p>Each aggregate has a repository named for it, {@code <Aggregate>Repository} ({@code WarehouseRepository}, {@code LotRepository}, {@code StockBalanceRepository}, ...), made
 * for an entity manager with {@code in(em)} as {@code ItemCatalog} is; it holds the queries (named ones on the entity where they are
 * static). The services take commands in the domain's words ({@code NewWarehouse}, {@code LotChanges}, {@code NewStockMovement}, ...);
 * {@code rest.StockCommands} makes them from the API's requests. Purchasing reads warehouses, lots and past issues through the
 * public methods of {@code WarehouseRepository}, {@code LotRepository} and {@code StockMovementRepository}.
 */
package io.flowline.stock;
