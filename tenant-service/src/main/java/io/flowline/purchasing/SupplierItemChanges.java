package io.flowline.purchasing;

import java.math.BigDecimal;

/** What changes of a supplier's terms for an item; null leaves a field as it is. */
public record SupplierItemChanges(String supplierItemCode, Price unitPrice, Integer leadTimeDays, BigDecimal minimumOrderQuantity,
                                  BigDecimal orderMultiple, Boolean preferred) {
}
