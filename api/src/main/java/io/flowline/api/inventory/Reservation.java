package io.flowline.api.inventory;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Stock promised to an order line or work order: it counts as reserved, no longer available, until issued or cancelled.")
public record Reservation(
        @Schema(examples = "res_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "reservation") String object,
        String itemId,
        String warehouseId,
        @Schema(description = "Absent when any released lot (or stock without a lot) may serve it.") String lotId,
        @Schema(description = "What was reserved.", examples = "2") BigDecimal quantity,
        @Schema(description = "What is still reserved: quantity less what was issued against it.", examples = "2") BigDecimal openQuantity,
        @Schema(examples = "pc") String unit,
        @Schema(description = "open, consumed (fully issued) or cancelled.", examples = "open") String status,
        StockReference reference,
        Instant createdAt,
        @Schema(examples = "1") long version) {
}
