package io.flowline.api.production;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A lot's traceability: the component lots that went into it (backward) and the lots it went into (forward), "
        + "as work orders recorded them from the material issued to them.")
public record LotGenealogy(
        @Schema(examples = "lot_genealogy") String object,
        @Schema(examples = "lot_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String lotId,
        @Schema(examples = "WO-2026-00042-20") String lotNumber,
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String itemId,
        @Schema(description = "What went into this lot.") List<Link> components,
        @Schema(description = "What this lot went into.") List<Link> usedIn) {

    @Schema(name = "LotGenealogyLink", description = "One lot on the other side of the link, with the quantity of the component issued.")
    public record Link(
            @Schema(examples = "lot_01JD0Z8V6Q3N4R5S6T7V8W9X0Z") String lotId,
            @Schema(examples = "L-2026-117") String lotNumber,
            @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Z") String itemId,
            @Schema(examples = "12.5") BigDecimal quantity,
            @Schema(examples = "wor_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String workOrderId) {
    }
}
