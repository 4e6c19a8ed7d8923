package io.flowline.api.catalog;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The bill of materials of an item: the components one unit of it needs. Its `version` (also the ETag) "
        + "is the bill's own, 0 while the item has none; replacing the bill needs it as If-Match.")
public record BillOfMaterials(
        @Schema(examples = "bill_of_materials") String object,
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String itemId,
        @Schema(examples = "PB-OAK-14") String itemCode,
        List<BillOfMaterialsLine> lines,
        Instant updatedAt,
        @Schema(examples = "1") long version) {
}
