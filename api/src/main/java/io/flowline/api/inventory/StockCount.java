package io.flowline.api.inventory;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A physical count of a warehouse's stock, or of some of its items or storage locations. Opening it takes the book "
        + "quantity of every item x location x lot it covers; posting it books counted - book quantity as count corrections.")
public record StockCount(
        @Schema(examples = "stc_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "stock_count") String object,
        String warehouseId,
        @Schema(description = "open (being counted), posted or cancelled.", examples = "open") String status,
        @Schema(description = "Lines of the count; see GET /api/v1/stock-counts/{id}/lines.", examples = "12") long lineCount,
        @Schema(description = "Lines with a counted quantity; the others are not counted and post nothing.", examples = "9") long countedLineCount,
        @Schema(description = "The posting of the count corrections (see the stock ledger); absent until posted, and when nothing differed.")
        String postingId,
        @Schema(description = "Absent until posted.") Instant postedAt,
        Instant createdAt,
        @Schema(description = "Changes with every recorded quantity; send it as If-Match when recording more.", examples = "1") long version) {
}
