package io.flowline.api.production;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A firm order to make an item: planned, then released to the shop floor (or cancelled).")
public record WorkOrder(
        @Schema(examples = "wor_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "work_order") String object,
        @Schema(description = "Gap-free per company and year.", examples = "WO-2026-00042") String number,
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String itemId,
        @Schema(examples = "120") BigDecimal quantity,
        @Schema(description = "When production starts.", examples = "2026-03-02") LocalDate startDate,
        @Schema(description = "When the quantity must be finished.", examples = "2026-03-06") LocalDate dueDate,
        @Schema(enumeration = {"planned", "released", "cancelled"}) String status,
        @Schema(description = "The MRP proposal it was released from, if any.", examples = "plo_01JD0Z8V6Q3N4R5S6T7V8W9X0Y-0002-001") String plannedOrderId,
        @Schema(description = "The customer order it is made for, if any.", examples = "ord_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String salesOrderId,
        Instant releasedAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "1") long version) {
}
