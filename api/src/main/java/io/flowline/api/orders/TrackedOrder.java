package io.flowline.api.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the ordering customer may see of an order: no prices, costs, notes or who did what.")
public record TrackedOrder(
        @Schema(examples = "tracked_order") String object,
        @Schema(examples = "SO-2026-00042") String number,
        @Schema(examples = "confirmed") String status,
        @Schema(examples = "Confirmed") String statusName,
        @Schema(examples = "2026-03-20") LocalDate promisedDate,
        List<Line> lines,
        @Schema(description = "Every status the order has had, oldest first.") List<Step> timeline) {

    @Schema(name = "TrackedOrderLine")
    public record Line(
            @Schema(examples = "School bag with pens") String itemName,
            @Schema(examples = "12") BigDecimal quantity,
            @Schema(examples = "pc") String unit) {
    }

    @Schema(name = "TrackedOrderStep")
    public record Step(
            @Schema(examples = "confirmed") String status,
            @Schema(examples = "Confirmed") String statusName,
            Instant at) {
    }
}
