package io.flowline.api.inventory;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A lot (batch) of an item. Stock in a quarantined or blocked lot is neither issued nor reserved.")
public record Lot(
        @Schema(examples = "lot_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "lot") String object,
        String itemId,
        @Schema(description = "Unique per item.", examples = "L-2024-118") String number,
        @Schema(examples = "2025-06-30") LocalDate expiryDate,
        @Schema(description = "The supplier's own lot number.", examples = "SUP-77812") String supplierLot,
        @Schema(description = "released, quarantined or blocked.", examples = "released") String status,
        Instant createdAt,
        @Schema(examples = "1") long version) {
}
