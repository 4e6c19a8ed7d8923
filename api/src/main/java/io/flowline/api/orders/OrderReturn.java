package io.flowline.api.orders;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Goods of one order line that came back from the customer, received into a quarantined lot.")
public record OrderReturn(
        @Schema(examples = "ort_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "order_return") String object,
        @Schema(examples = "ord_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String orderId,
        @Schema(examples = "orl_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String lineId,
        @Schema(examples = "1") int lineNumber,
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String itemId,
        @Schema(examples = "2") BigDecimal quantity,
        @Schema(examples = "Damaged in transport") String reason,
        @Schema(examples = "whs_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String warehouseId,
        @Schema(description = "The quarantined lot the goods are in.", examples = "lot_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String lotId,
        @Schema(description = "The receipt movement in the stock ledger.", examples = "mov_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String movementId,
        Instant createdAt) {
}
