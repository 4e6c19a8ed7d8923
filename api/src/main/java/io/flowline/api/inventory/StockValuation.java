package io.flowline.api.inventory;

import java.math.BigDecimal;
import java.util.List;

import io.flowline.api.platform.Money;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Stock on hand valued at standard cost, per warehouse.")
public record StockValuation(
        @Schema(examples = "stock_valuation") String object,
        List<WarehouseValuation> warehouses) {

    @Schema(name = "WarehouseValuation")
    public record WarehouseValuation(
            @Schema(examples = "whs_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String warehouseId,
            @Schema(examples = "MAIN") String warehouseCode,
            @Schema(description = "The warehouse's value, one total per currency the standard costs are in.") List<Money> totals,
            List<ItemValuation> items) {
    }

    @Schema(name = "ItemValuation")
    public record ItemValuation(
            @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String itemId,
            @Schema(examples = "WOOD-OAK") String itemCode,
            @Schema(description = "On hand, quarantined and blocked lots included.", examples = "12") BigDecimal quantity,
            @Schema(examples = "m3") String unit,
            @Schema(description = "Absent when the item has no standard cost.") Money standardCost,
            @Schema(description = "quantity x standard cost; absent without a standard cost.") Money value) {
    }
}
