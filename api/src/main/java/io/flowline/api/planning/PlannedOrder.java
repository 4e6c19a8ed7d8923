package io.flowline.api.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An MRP proposal to make or buy a quantity of an item, with the demands it covers (pegging).")
public record PlannedOrder(
        @Schema(description = "Opaque, and sorted as the run lists its orders (item by item, each item's by due date).",
                examples = "plo_01JD0Z8V6Q3N4R5S6T7V8W9X0Y-0002-001") String id,
        @Schema(examples = "planned_order") String object,
        @Schema(examples = "mrp_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String runId,
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String itemId,
        @Schema(examples = "PB-OAK-14") String itemCode,
        @Schema(enumeration = {"make", "buy"}) String kind,
        @Schema(description = "For an assemble-to-order line: the chosen option per option group.", examples = "{\"pen_colour\":\"blue\"}")
        Map<String, String> configuration,
        @Schema(examples = "40") BigDecimal quantity,
        @Schema(description = "When to release (start making, or order).", examples = "2026-03-02") LocalDate releaseDate,
        @Schema(description = "When it must be received.", examples = "2026-03-16") LocalDate dueDate,
        @Schema(description = "`superseded` when a later run replaced the proposal.", enumeration = {"planned", "released", "superseded"})
        String status,
        @Schema(description = "The work order a make proposal was released into.", examples = "wor_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String workOrderId,
        @Schema(description = "The draft purchase order a buy proposal was released into.", examples = "pur_01JD0Z8V6Q3N4R5S6T7V8W9X0Y")
        String purchaseOrderId,
        Instant releasedAt,
        @Schema(description = "The demands it covers, earliest first: sales order lines, parent planned orders, work orders' "
                + "components, master schedule entries. What it adds to safety stock or lot-size surplus is pegged to nothing.") List<Peg> pegging,
        Instant createdAt,
        @Schema(examples = "1") long version) {

    @Schema(name = "PlannedOrderPeg", description = "Part of a planned order that covers one demand.")
    public record Peg(
            @Schema(description = "`work_order`: the components a work order of the parent needs when it starts.",
                    enumeration = {"sales_order_line", "planned_order", "work_order", "master_schedule"}) String kind,
            @Schema(description = "For a sales order line: its order.", examples = "ord_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String salesOrderId,
            @Schema(examples = "orl_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String salesOrderLineId,
            @Schema(description = "For dependent demand: the parent's planned order.", examples = "plo_01JD0Z8V6Q3N4R5S6T7V8W9X0Y-0000-001")
            String plannedOrderId,
            @Schema(description = "For a work order's component need: the work order.", examples = "wor_01JD0Z8V6Q3N4R5S6T7V8W9X0Y")
            String workOrderId,
            @Schema(description = "For a master schedule entry's demand (what confirmed orders did not cover): the entry.",
                    examples = "mse_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String masterScheduleEntryId,
            @Schema(examples = "40") BigDecimal quantity) {
    }
}
