package io.flowline.api.production;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One step of a released work order, copied from the item's routing at release, with what the shop floor reported. "
        + "An item without a routing gets one operation, sequence 10, at no work centre.")
public record WorkOrderOperation(
        @Schema(examples = "woo_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "work_order_operation") String object,
        @Schema(examples = "wor_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String workOrderId,
        @Schema(description = "The routing's sequence number; the path names the operation by it.", examples = "20") int sequence,
        @Schema(description = "Absent for the one operation of an item without a routing.", examples = "wkc_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String workCenterId,
        @Schema(examples = "Sand and oil") String description,
        @Schema(enumeration = {"pending", "running", "paused", "done"}) String status,
        @Schema(description = "What the operation's status allows now, as the endpoints spell them.", examples = "[\"pause\", \"report\", \"complete\"]")
        List<String> allowedActions,
        @Schema(examples = "30") BigDecimal setupMinutes,
        @Schema(examples = "1.5") BigDecimal runMinutesPerUnit,
        @Schema(description = "Setup plus run per unit times the work order's quantity.", examples = "210") BigDecimal plannedMinutes,
        @Schema(description = "All reports together.", examples = "118") BigDecimal goodQuantity,
        @Schema(examples = "2") BigDecimal scrapQuantity,
        @Schema(examples = "195") BigDecimal labourMinutes,
        @Schema(examples = "180") BigDecimal machineMinutes,
        Instant startedAt,
        Instant completedAt,
        @Schema(description = "Pauses, oldest first.") List<OperationInterruption> interruptions,
        @Schema(examples = "3") long version) {
}
