package io.flowline.api.planning;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One item's requirements and supply over time buckets, for a single-level MRP record.")
public record MrpRecordRequest(
        @Schema(description = "Gross requirement per period.", examples = "[20, 15, 30, 10]")
        @NotNull @Size(min = 1, max = PlanningLimits.MAX_PERIODS) List<@NotNull @PositiveOrZero BigDecimal> grossRequirements,
        @Schema(description = "Open orders due per period; one value per period of `gross_requirements`.", examples = "[0, 30, 0, 0]")
        @NotNull @Size(max = PlanningLimits.MAX_PERIODS) List<@NotNull @PositiveOrZero BigDecimal> scheduledReceipts,
        @Schema(description = "Stock before the first period.", examples = "40")
        @NotNull @PositiveOrZero @DecimalMax("1e13") BigDecimal onHand,
        @Schema(description = "Periods between releasing and receiving an order.", examples = "2")
        @NotNull @PositiveOrZero @Max(PlanningLimits.MAX_PERIODS) Integer leadTime,
        @Schema(description = "Stock to keep at the end of every period.", examples = "10")
        @NotNull @PositiveOrZero @DecimalMax("1e13") BigDecimal safetyStock,
        @Schema(description = "How planned orders are sized.")
        @NotNull @Valid MrpLotSizing lotSizing) {
}
