package io.flowline.purchasing;

import java.math.BigDecimal;

/** An item a supplier delivers, at its terms; a missing lead time is the supplier's default, else the item's. */
public record NewSupplierItem(String itemId, String supplierItemCode, Price unitPrice, Integer leadTimeDays, BigDecimal minimumOrderQuantity,
                              BigDecimal orderMultiple, Boolean preferred) {
}
