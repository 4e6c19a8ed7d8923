package io.flowline.api.inventory;

import java.math.BigDecimal;

import io.flowline.api.platform.Money;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Stock of an item in a warehouse and lot, summed over the warehouse's storage locations.")
public record StockLevel(
        @Schema(examples = "stock_level") String object,
        String itemId,
        String warehouseId,
        @Schema(description = "Absent for stock without a lot.") String lotId,
        @Schema(examples = "pc") String unit,
        @Schema(examples = "100") BigDecimal onHand,
        @Schema(examples = "30") BigDecimal reserved,
        @Schema(description = "on_hand - reserved, what may be reserved or issued; 0 in a quarantined or blocked lot. Never negative.", examples = "70") BigDecimal available,
        @Schema(description = "on_hand at the item's standard cost; absent when it has none.") Money value) {
}
