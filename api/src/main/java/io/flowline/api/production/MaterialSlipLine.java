package io.flowline.api.production;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One component of a work order's material list.")
public record MaterialSlipLine(
        @Schema(examples = "1") int lineNumber,
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String itemId,
        @Schema(examples = "OAK-LAMELLA") String itemCode,
        @Schema(examples = "Oak lamella") String itemName,
        @Schema(examples = "pcs") String unit,
        @Schema(examples = "3") BigDecimal quantityPer,
        @Schema(description = "Fraction expected to be lost (0.05 = 5 % extra).", examples = "0.05") BigDecimal scrapFactor,
        @Schema(description = "Order quantity x quantity per x (1 + scrap factor), rounded up (to whole pieces for units counted in pieces).", examples = "378")
        BigDecimal requiredQuantity,
        @Schema(examples = "100") BigDecimal issuedQuantity,
        @Schema(examples = "278") BigDecimal remainingQuantity,
        @Schema(description = "What the work order's reservation still holds.", examples = "278") BigDecimal reservedQuantity,
        @Schema(description = "What available stock does not cover of the remaining quantity.", examples = "0") BigDecimal shortQuantity,
        @Schema(description = "Issued by itself when output is reported.") boolean backflush,
        @Schema(examples = "res_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String reservationId,
        List<MaterialPick> picks) {
}
