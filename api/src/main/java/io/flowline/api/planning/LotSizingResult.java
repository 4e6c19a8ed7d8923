package io.flowline.api.planning;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The orders a lot-sizing rule places and what they cost.")
public record LotSizingResult(
        @Schema(description = "Quantity received in each period (no lead-time offset); 0 where nothing is ordered.",
                examples = "[98, 0, 97, 0]")
        List<BigDecimal> orders,
        @Schema(description = "Ordering plus holding cost.", examples = "864")
        BigDecimal totalCost,
        @Schema(description = "Ordering cost of every period with an order.", examples = "579")
        BigDecimal orderingCostTotal,
        @Schema(description = "Holding cost on the stock left at the end of each period.", examples = "285")
        BigDecimal holdingCostTotal) {
}
