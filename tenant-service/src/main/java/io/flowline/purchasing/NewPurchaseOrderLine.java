package io.flowline.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A line to order; price and expected date default to the supplier's terms. */
public record NewPurchaseOrderLine(String itemId, BigDecimal quantity, Price unitPrice, LocalDate expectedDate) {
}
