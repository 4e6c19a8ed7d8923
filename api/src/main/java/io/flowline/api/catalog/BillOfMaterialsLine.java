package io.flowline.api.catalog;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One component of a bill of materials.")
public record BillOfMaterialsLine(
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Z") String componentId,
        @Schema(examples = "LAM-OAK") String componentCode,
        @Schema(examples = "Oak lamella 4 mm") String componentName,
        @Schema(examples = "pc") String unit,
        @Schema(description = "Quantity of the component in one unit of the parent.", examples = "1") BigDecimal quantityPer,
        @Schema(description = "Expected loss as a fraction: the requirement is quantity per x (1 + scrap factor).", examples = "0.05")
        BigDecimal scrapFactor,
        @Schema(description = "The routing operation that consumes the component.", examples = "20") Integer operationSequence) {
}
