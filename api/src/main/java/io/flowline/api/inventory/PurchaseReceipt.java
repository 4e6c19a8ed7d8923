package io.flowline.api.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Goods that arrived against a purchase order and the stock movements that booked them.")
public record PurchaseReceipt(
        @Schema(examples = "rcp_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "purchase_receipt") String object,
        @Schema(examples = "pur_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String purchaseOrderId,
        String warehouseId,
        String locationId,
        List<Line> lines,
        String receivedBy,
        Instant createdAt) {

    @Schema(name = "PurchaseReceiptLine")
    public record Line(
            @Schema(examples = "pol_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String lineId,
            String itemId,
            @Schema(examples = "4") BigDecimal quantity,
            @Schema(description = "The lot the goods went into.") String lotId,
            @Schema(enumeration = {"released", "quarantined", "blocked"}, description = "The lot's status now; quarantined while an "
                    + "incoming inspection is due.") String lotStatus,
            @Schema(examples = "mov_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String stockMovementId) {
    }
}
