package io.flowline.api.production;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A firm order to make an item: planned, released to the shop floor, in progress from its first operation's start, "
        + "completed when its last operation is done, then closed (or cancelled before it started). Its operations are at "
        + "`/api/v1/work-orders/{id}/operations`.")
public record WorkOrder(
        @Schema(examples = "wor_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "work_order") String object,
        @Schema(description = "Gap-free per company and year.", examples = "WO-2026-00042") String number,
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String itemId,
        @Schema(examples = "120") BigDecimal quantity,
        @Schema(description = "When production starts.", examples = "2026-03-02") LocalDate startDate,
        @Schema(description = "When the quantity must be finished.", examples = "2026-03-06") LocalDate dueDate,
        @Schema(enumeration = {"planned", "released", "in_progress", "completed", "closed", "cancelled"}) String status,
        @Schema(description = "The actions the status allows now, as the endpoints spell them; operations move it from released to "
                + "completed.", examples = "[\"release\", \"cancel\"]") List<String> allowedActions,
        @Schema(description = "The MRP proposal it was released from, if any.", examples = "plo_01JD0Z8V6Q3N4R5S6T7V8W9X0Y-0002-001") String plannedOrderId,
        @Schema(description = "The customer order it is made for, if any.", examples = "ord_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String salesOrderId,
        @Schema(description = "Received into stock from the last operation.", examples = "80") BigDecimal goodQuantity,
        @Schema(description = "Scrapped on any of its operations.", examples = "2") BigDecimal scrapQuantity,
        @Schema(description = "The quantity less the good quantity received.", examples = "40") BigDecimal remainingQuantity,
        @Schema(description = "Where its output is received; set at release to your first warehouse when it was not given.",
                examples = "whs_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String outputWarehouseId,
        @Schema(examples = "loc_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String outputLocationId,
        @Schema(description = "The lot its output forms, for a lot-tracked item (numbered from the work order and its last operation).",
                examples = "lot_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String outputLotId,
        Instant releasedAt,
        Instant startedAt,
        Instant completedAt,
        Instant closedAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "1") long version) {
}
