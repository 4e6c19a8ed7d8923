package io.flowline.api.inventory;

import java.math.BigDecimal;
import java.time.Instant;

import io.flowline.api.platform.Money;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What one supplier asks for one item: its code, price, lead time and order quantities.")
public record SupplierItem(
        @Schema(examples = "spi_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "supplier_item") String object,
        @Schema(examples = "sup_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String supplierId,
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String itemId,
        @Schema(examples = "WOOD-OAK") String itemCode,
        @Schema(description = "The supplier's own code for the item.", examples = "EI-KD-27") String supplierItemCode,
        @Schema(description = "Price of one unit in the supplier's currency; purchase order lines default to it.") Money unitPrice,
        @Schema(description = "Days from order to receipt.", examples = "14") Integer leadTimeDays,
        @Schema(examples = "5") BigDecimal minimumOrderQuantity,
        @Schema(examples = "0.5") BigDecimal orderMultiple,
        @Schema(description = "The supplier replenishment and planning order from; one per item.") boolean preferred,
        Instant createdAt,
        @Schema(examples = "1") long version) {
}
