package io.flowline.api.inventory;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One item x storage location x lot of a stock count: what the books said and what was counted.")
public record StockCountLine(
        @Schema(examples = "scl_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "stock_count_line") String object,
        String countId,
        String itemId,
        @Schema(description = "Absent for stock kept without a storage location.") String locationId,
        @Schema(description = "Absent for stock without a lot.") String lotId,
        @Schema(examples = "pc") String unit,
        @Schema(description = "On hand in the books when the count opened (when the line was added, for a line added later).", examples = "40")
        BigDecimal bookQuantity,
        @Schema(description = "What was counted; absent while not counted.", examples = "38") BigDecimal countedQuantity,
        @Schema(description = "counted_quantity - book_quantity: what posting books as a count correction; absent while not counted.",
                examples = "-2") BigDecimal difference) {
}
