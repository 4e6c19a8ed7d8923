package io.flowline.api.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How an item is made: operations in sequence, each at a work centre. Its `version` (also the ETag) is the "
        + "routing's own, 0 while the item has none; replacing it needs it as If-Match.")
public record Routing(
        @Schema(examples = "routing") String object,
        String itemId,
        @Schema(examples = "PB-OAK-14") String itemCode,
        List<RoutingOperation> operations,
        Instant updatedAt,
        @Schema(examples = "1") long version) {

    @Schema(name = "RoutingOperation")
    public record RoutingOperation(
            @Schema(examples = "10") int sequence,
            @Schema(examples = "wkc_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String workCenterId,
            @Schema(examples = "PRESS-1") String workCenterCode,
            @Schema(examples = "Glue and press the layers") String description,
            @Schema(description = "Hours per lot, independent of quantity.", examples = "0.5") BigDecimal setupHours,
            @Schema(examples = "0.02") BigDecimal runHoursPerUnit) {
    }
}
