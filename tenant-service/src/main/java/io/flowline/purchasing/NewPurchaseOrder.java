package io.flowline.purchasing;

import java.util.List;

/** A purchase order to draft for a supplier. */
public record NewPurchaseOrder(String supplierId, List<NewPurchaseOrderLine> lines, String notes, String externalReference) {
}
