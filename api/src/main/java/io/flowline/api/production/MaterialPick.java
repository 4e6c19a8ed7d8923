package io.flowline.api.production;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where to take a component from: first the lot that expires first, then the stock that came in first.")
public record MaterialPick(
        @Schema(examples = "wh_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String warehouseId,
        @Schema(examples = "MAIN") String warehouseCode,
        @Schema(examples = "loc_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String locationId,
        @Schema(examples = "A-01-03") String locationCode,
        @Schema(examples = "lot_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String lotId,
        @Schema(examples = "L-2026-0117") String lotNumber,
        @Schema(examples = "2026-09-30") LocalDate expiryDate,
        @Schema(description = "To take from here.", examples = "150") BigDecimal quantity,
        @Schema(description = "What the place holds for this work order (its own reservation included).", examples = "200") BigDecimal availableQuantity) {
}
