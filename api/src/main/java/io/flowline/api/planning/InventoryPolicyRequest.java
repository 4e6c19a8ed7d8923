package io.flowline.api.planning;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Give `annual_demand`, `ordering_cost` and `holding_cost_per_unit_year` for the EOQ; `service_level` with "
        + "`lead_time_demand_std_dev` (or a `safety_stock`) for the safety stock; and `lead_time_demand_mean` besides for the "
        + "reorder point. Either group, or both.")
public record InventoryPolicyRequest(
        @Schema(description = "Demand per year.", examples = "1200")
        @PositiveOrZero @DecimalMax("1e13") BigDecimal annualDemand,
        @Schema(description = "Cost of placing one order.", examples = "100")
        @PositiveOrZero @DecimalMax("1e13") BigDecimal orderingCost,
        @Schema(description = "Cost of holding one unit for a year.", examples = "6")
        @Positive @DecimalMax("1e13") BigDecimal holdingCostPerUnitYear,
        @Schema(description = "Mean demand over the replenishment lead time.", examples = "100")
        @PositiveOrZero @DecimalMax("1e13") BigDecimal leadTimeDemandMean,
        @Schema(description = "Standard deviation of demand over the lead time.", examples = "20")
        @PositiveOrZero @DecimalMax("1e13") BigDecimal leadTimeDemandStdDev,
        @Schema(description = "Cycle service level (probability of no stock-out per replenishment cycle), strictly between 0 and 1.",
                examples = "0.95")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) BigDecimal serviceLevel,
        @Schema(description = "A safety stock you have chosen, instead of `service_level` and `lead_time_demand_std_dev`.",
                examples = "30")
        @PositiveOrZero @DecimalMax("1e13") BigDecimal safetyStock) {
}
