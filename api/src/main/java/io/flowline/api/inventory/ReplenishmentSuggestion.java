package io.flowline.api.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.flowline.api.platform.Money;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An item whose available stock plus what is on order fell below its reorder point, and what to order.")
public record ReplenishmentSuggestion(
        @Schema(examples = "replenishment_suggestion") String object,
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String itemId,
        @Schema(examples = "WOOD-OAK") String itemCode,
        @Schema(examples = "m3") String unit,
        @Schema(description = "Released stock not reserved.", examples = "3") BigDecimal available,
        @Schema(description = "Open quantities of draft, sent and partly received purchase orders.", examples = "0") BigDecimal onOrder,
        @Schema(examples = "8.5") BigDecimal reorderPoint,
        @Schema(enumeration = {"item", "demand"}, description = "`item`: the item's own reorder point; `demand`: average daily demand x "
                + "lead time + safety stock.") String reorderPointSource,
        @Schema(examples = "2") BigDecimal safetyStock,
        @Schema(description = "Issued per day over the last 90 days.", examples = "0.4643") BigDecimal averageDailyDemand,
        @Schema(examples = "14") int leadTimeDays,
        @Schema(enumeration = {"economic_order_quantity", "fixed_order_quantity", "reorder_point_top_up"}, description = "How the "
                + "quantity was sized: the EOQ (Wilson) or the item's fixed quantity, else enough to reach the reorder point; then raised to "
                + "the minimum order quantity and rounded up to the order multiple (or a whole unit).") String lotSizing,
        @Schema(description = "sqrt(2 x yearly demand x ordering cost / (holding cost rate x unit cost)) when the item has those inputs.",
                examples = "11.9") BigDecimal economicOrderQuantity,
        @Schema(examples = "12") BigDecimal suggestedQuantity,
        @Schema(description = "The item's preferred supplier, if it has one.") String supplierId,
        @Schema(description = "The preferred supplier's price.") Money unitPrice,
        @Schema(description = "Today plus the lead time.", examples = "2026-03-20") LocalDate expectedDate) {
}
