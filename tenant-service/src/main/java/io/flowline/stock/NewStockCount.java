package io.flowline.stock;

import java.util.List;

/** A stock count to open in a warehouse, of these items and locations only when they are given. */
public record NewStockCount(String warehouseId, List<String> itemIds, List<String> locationIds) {
}
