package io.flowline.api.inventory;

import java.math.BigDecimal;
import java.time.Instant;

import io.flowline.api.platform.Money;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One leg of the stock ledger. Legs are never changed or deleted; a mistake is corrected by another movement.")
public record StockMovement(
        @Schema(examples = "mov_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "stock_movement") String object,
        @Schema(description = "Legs posted together (the two legs of a transfer) share it.", examples = "pst_01JD0Z8V6Q3N4R5S6T7V8W9X0Y")
        String postingId,
        @Schema(description = "receipt, issue, transfer, adjustment, count_correction or scrap.", examples = "receipt") String kind,
        String itemId,
        @Schema(description = "Signed: what this leg added to (positive) or took from (negative) the stock.", examples = "25") BigDecimal quantity,
        @Schema(examples = "pc") String unit,
        String warehouseId,
        String locationId,
        String lotId,
        String reason,
        StockReference reference,
        String reservationId,
        @Schema(description = "The value moved at the item's standard cost when posted (quantity's magnitude x standard cost); "
                + "its direction is the quantity's sign. Absent when the item has no standard cost.") Money value,
        @Schema(description = "The user or API client who posted it.", examples = "usr_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String postedBy,
        @Schema(description = "When it was posted.") Instant createdAt) {
}
