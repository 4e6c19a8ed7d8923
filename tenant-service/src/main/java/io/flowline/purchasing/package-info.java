/**
 * Buying material: suppliers and their terms per item, purchase orders, receipts against them and replenishment
 * suggestions from reorder points. It may use stock (receipts post into the stock ledger, suggestions read stock levels),
 * the catalog and the platform.
 *
 * <p>Each aggregate has a repository named for it, {@code <Aggregate>Repository} ({@code SupplierRepository}, {@code SupplierItemRepository}, {@code PurchaseOrderRepository},
 * {@code PurchaseReceiptRepository}), made for an entity manager with {@code in(em)}; it holds the queries (named ones on the entity where
 * they are static). The services take commands in the domain's words ({@code NewSupplier}, {@code PurchaseOrderChanges},
 * {@code GoodsReceived}, ...); {@code rest.PurchasingCommands} makes them from the API's requests.
 */
package io.flowline.purchasing;
