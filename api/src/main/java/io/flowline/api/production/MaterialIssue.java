package io.flowline.api.production;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Stock of a component taken for a work order: an `issue` stock movement with reference `work_order`.")
public record MaterialIssue(
        @Schema(examples = "woi_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "material_issue") String object,
        @Schema(examples = "wor_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String workOrderId,
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String itemId,
        @Schema(examples = "12.5") BigDecimal quantity,
        @Schema(examples = "kg") String unit,
        @Schema(examples = "wh_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String warehouseId,
        @Schema(examples = "loc_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String locationId,
        @Schema(examples = "lot_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String lotId,
        @Schema(description = "The stock posting it was made by.", examples = "pst_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String postingId,
        @Schema(description = "Issued by backflush when output was reported, not by hand.") boolean backflush,
        Instant createdAt) {
}
