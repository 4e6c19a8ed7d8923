package io.flowline.api.production;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An operation waiting, running or paused at a work centre: a line of the operators' queue.")
public record QueuedOperation(
        @Schema(examples = "woo_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "queued_operation") String object,
        @Schema(examples = "wor_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String workOrderId,
        @Schema(examples = "WO-2026-00042") String workOrderNumber,
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String itemId,
        @Schema(examples = "BOARD-OAK") String itemCode,
        @Schema(examples = "20") int sequence,
        @Schema(examples = "Sand and oil") String description,
        @Schema(enumeration = {"pending", "running", "paused"}) String status,
        @Schema(description = "The work order's due date: the queue's first order.", examples = "2026-03-06") LocalDate dueDate,
        @Schema(description = "The work order's quantity.", examples = "120") BigDecimal quantity,
        @Schema(description = "The quantity less the good quantity already reported on this operation.", examples = "80") BigDecimal quantityRemaining,
        @Schema(examples = "210") BigDecimal plannedMinutes) {
}
