package io.flowline.stock;

import java.math.BigDecimal;

/** Stock to promise to what refers to it ({@code referenceType} order_line or work_order, and its id); the lot is optional. */
public record NewReservation(String itemId, String warehouseId, String lotId, BigDecimal quantity, String referenceType, String referenceId) {
}
