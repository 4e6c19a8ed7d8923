package io.flowline.api.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.flowline.api.platform.Money;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An order to a supplier, its lines and what has arrived of them.")
public record PurchaseOrder(
        @Schema(examples = "pur_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "purchase_order") String object,
        @Schema(description = "Gap-free per company and year.", examples = "PO-2026-00001") String number,
        @Schema(examples = "sup_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String supplierId,
        @Schema(enumeration = {"draft", "sent", "partly_received", "received", "closed", "cancelled"}) String status,
        @Schema(description = "The actions allowed now, as path segments of POST /api/v1/purchase-orders/{id}/{action}.",
                examples = "[\"send\",\"cancel\"]") List<String> allowedActions,
        List<Line> lines,
        @Schema(description = "Sum of quantity x unit price.") Money total,
        String notes,
        @Schema(examples = "AB-2026-118") String externalReference,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "1") long version) {

    @Schema(name = "PurchaseOrderLine")
    public record Line(
            @Schema(examples = "pol_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
            @Schema(examples = "1") int lineNumber,
            String itemId,
            @Schema(examples = "WOOD-OAK") String itemCode,
            @Schema(examples = "12") BigDecimal quantity,
            @Schema(examples = "m3") String unit,
            Money unitPrice,
            @Schema(examples = "2026-03-20") LocalDate expectedDate,
            @Schema(examples = "4") BigDecimal receivedQuantity,
            @Schema(description = "Still to come; 0 once the order is closed or cancelled.", examples = "8") BigDecimal openQuantity) {
    }
}
