package io.flowline.production;

import java.math.BigDecimal;

/**
 * A quantity of a component to issue to a work order; the lot for a lot-tracked item. Without a location the stock is
 * picked FEFO, then FIFO, from the warehouse (or any warehouse) and lot given.
 */
public record NewMaterialIssue(String itemId, BigDecimal quantity, String lotId, String warehouseId, String locationId) {
}
