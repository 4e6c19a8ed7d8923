package io.flowline.stock;

import java.math.BigDecimal;

/**
 * A stock movement to post, as asked for: {@code kind} as written, the place it leaves or lands on, for a transfer also where it
 * goes, and optionally the reservation an issue takes and what the movement refers to. Checked by {@link StockMovementService}.
 */
public record NewStockMovement(String kind, String itemId, BigDecimal quantity, String unit, String warehouseId, String locationId,
                               String lotId, String toWarehouseId, String toLocationId, String reservationId, String reason,
                               String referenceType, String referenceId) {
}
