package io.flowline.api.inventory;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The ledger legs one posting wrote, in one transaction: one leg, two for a transfer, "
        + "one per stock row for an issue against a reservation.")
public record StockPosting(
        @Schema(examples = "pst_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "stock_posting") String object,
        List<StockMovement> movements) {
}
