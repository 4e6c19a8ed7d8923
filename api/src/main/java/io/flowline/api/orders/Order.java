package io.flowline.api.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.flowline.api.platform.Money;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A customer order, its lines and totals.")
public record Order(
        @Schema(examples = "ord_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "order") String object,
        @Schema(description = "In your company's order number format, gap-free.", examples = "SO-2026-00042") String number,
        @Schema(examples = "cus_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String customerId,
        @Schema(enumeration = {"phone", "email", "portal", "api", "other"}) String channel,
        @Schema(enumeration = {"draft", "submitted", "confirmed", "in_production", "quality_check", "ready", "shipped", "delivered",
                "closed", "on_hold", "cancelled"}) String status,
        @Schema(description = "Your company's name for the status.", examples = "Draft") String statusName,
        @Schema(description = "The state the order was in when it was put on hold; a release returns it there.") String heldFrom,
        @Schema(description = "The actions allowed now, as path segments of POST /api/v1/orders/{id}/{action}.", examples = "[\"submit\",\"cancel\"]")
        List<String> allowedActions,
        List<Line> lines,
        @Schema(description = "Sum of the line totals.") Money total,
        @Schema(examples = "2026-03-20") LocalDate promisedDate,
        String notes,
        @Schema(examples = "PO-88231") String externalReference,
        @Schema(description = "Give this to the customer: GET /api/v1/tracking/{token} shows the order's progress without a login.")
        String trackingToken,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "1") long version) {

    @Schema(name = "OrderLine")
    public record Line(
            @Schema(examples = "orl_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
            @Schema(examples = "1") int lineNumber,
            String itemId,
            @Schema(examples = "BAG-SET") String itemCode,
            @Schema(examples = "School bag with pens") String itemName,
            @Schema(description = "For a configurable item: option code per option group code.") Map<String, String> configuration,
            @Schema(examples = "12") BigDecimal quantity,
            @Schema(examples = "pc") String unit,
            Money unitPrice,
            Money lineTotal,
            @Schema(examples = "2026-03-20") LocalDate requestedDate,
            @Schema(description = "Stock held for this line now (its open reservations): taken when the order is confirmed from what is "
                    + "available, topped up as stock arrives, issued by `ship`. Zero for services.", examples = "8") BigDecimal reservedQuantity,
            @Schema(description = "What has shipped of this line.", examples = "0") BigDecimal shippedQuantity,
            @Schema(description = "What the customer sent back (POST /api/v1/orders/{id}/returns).", examples = "0") BigDecimal returnedQuantity,
            @Schema(description = "What the line still lacks to ship in full: quantity less shipped less reserved (never below 0; 0 for "
                    + "services). Without partial shipments, `ship` is a 409 while any line is short.", examples = "4") BigDecimal shortQuantity) {
    }
}
