package io.flowline.api.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The multi-level, indented explosion of a quantity of an item, depth first, and the total per item.")
public record BomExplosion(
        @Schema(examples = "bom_explosion") String object,
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String itemId,
        @Schema(examples = "PB-OAK-14") String itemCode,
        @Schema(examples = "Parquet board oak 14 mm") String itemName,
        @Schema(examples = "100") BigDecimal quantity,
        List<BomExplosionLine> lines,
        @Schema(description = "Total extended quantity per item over all its places in the explosion.") List<BomExplosionTotal> totals) {

    @Schema(name = "BomExplosionLine", description = "One row: `extended_quantity` = the parent row's extended quantity x "
            + "`quantity_per` x (1 + `scrap_factor`).")
    public record BomExplosionLine(
            @Schema(description = "1 for the item's own components, 2 for theirs, and so on.", examples = "1") int level,
            String itemId,
            @Schema(examples = "LAM-OAK") String itemCode,
            String itemName,
            @Schema(examples = "pc") String unit,
            @Schema(enumeration = {"make", "buy"}) String makeOrBuy,
            @Schema(examples = "1") BigDecimal quantityPer,
            @Schema(examples = "0.05") BigDecimal scrapFactor,
            @Schema(examples = "105") BigDecimal extendedQuantity,
            Integer operationSequence) {
    }

    @Schema(name = "BomExplosionTotal")
    public record BomExplosionTotal(String itemId, String itemCode, String itemName, String unit, BigDecimal quantity) {
    }
}
