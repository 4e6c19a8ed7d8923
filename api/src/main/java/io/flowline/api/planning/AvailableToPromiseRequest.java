package io.flowline.api.planning;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Master schedule and booked customer orders per period; period 0 is the current period.")
public record AvailableToPromiseRequest(
        @Schema(description = "Stock on hand at the start of period 0.", examples = "50")
        @NotNull @PositiveOrZero @DecimalMax("1e13") BigDecimal onHand,
        @Schema(description = "Master production schedule receipts per period.", examples = "[0, 100, 0, 0, 100, 0]")
        @NotNull @Size(min = 1, max = PlanningLimits.MAX_PERIODS) List<@NotNull @PositiveOrZero BigDecimal> masterSchedule,
        @Schema(description = "Customer orders booked per period; one value per period of `master_schedule`.",
                examples = "[30, 40, 30, 20, 60, 50]")
        @NotNull @Size(min = 1, max = PlanningLimits.MAX_PERIODS) List<@NotNull @PositiveOrZero BigDecimal> customerOrders,
        @Schema(description = "APICS definition to apply.", enumeration = {"discrete", "cumulative", "cumulative_look_ahead"},
                examples = "discrete")
        @NotBlank @Size(max = 64) String method) {
}
