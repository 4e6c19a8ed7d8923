package io.flowline.stock;

import java.math.BigDecimal;

/**
 * Usable stock arrived by a receipt: fired synchronously by the ledger inside the receipt's transaction, after its
 * movements are written, so modules above stock (orders topping up the reservations of confirmed orders) react in the same
 * transaction without stock knowing them. Stock received into a quarantined or blocked lot is not usable and fires nothing.
 */
public record StockReceived(String itemId, String warehouseId, BigDecimal quantity) {
}
