package io.flowline.api.planning;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Reorder-point policy parameters; each is present when the request had what it needs.")
public record InventoryPolicyResult(
        @Schema(description = "Wilson's economic order quantity sqrt(2DS/H).", examples = "200")
        BigDecimal eoq,
        @Schema(description = "z(service level) x standard deviation of lead-time demand, or the safety stock given.",
                examples = "32.897072539")
        BigDecimal safetyStock,
        @Schema(description = "Mean lead-time demand + safety stock.", examples = "132.897072539")
        BigDecimal reorderPoint) {
}
