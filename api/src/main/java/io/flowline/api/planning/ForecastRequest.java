package io.flowline.api.planning;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Demand history and the forecasting method with its parameters. Parameters a method does not use are ignored.")
public record ForecastRequest(
        @Schema(description = "`auto` fits every method that the history allows on all but a holdout and keeps the one with the "
                + "lowest holdout error.", enumeration = {"moving_average", "simple_exponential_smoothing", "holt", "holt_winters", "auto"},
                examples = "simple_exponential_smoothing")
        @NotBlank @Size(max = 64) String method,
        @Schema(description = "Demand per period, oldest first.", examples = "[10, 20, 30]")
        @NotNull @Size(min = 1, max = PlanningLimits.MAX_PERIODS) List<@NotNull @PositiveOrZero BigDecimal> history,
        @Schema(description = "Level smoothing, in (0, 1]; 0.3 if absent.", examples = "0.5")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal alpha,
        @Schema(description = "Trend smoothing for `holt` and `holt_winters`, in (0, 1]; 0.1 if absent.", examples = "0.1")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal beta,
        @Schema(description = "Seasonal smoothing for `holt_winters`, in (0, 1]; 0.1 if absent.", examples = "0.1")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal gamma,
        @Schema(description = "Periods per season: required for `holt_winters` (which needs two seasons of history); lets `auto` "
                + "consider it.", examples = "12")
        @Min(2) @Max(PlanningLimits.MAX_PERIODS) Integer seasonLength,
        @Schema(description = "Periods averaged by `moving_average`, at most the length of the history; 3 if absent.", examples = "3")
        @Min(1) @Max(PlanningLimits.MAX_PERIODS) Integer window,
        @Schema(description = "Level before the first observation, for `simple_exponential_smoothing` and `holt`; derived from "
                + "the first observations if absent.", examples = "10")
        @PositiveOrZero @DecimalMax("1e13") BigDecimal initialLevel,
        @Schema(description = "Trend before the first observation, for `holt`, with `initial_level`; 0 if absent.", examples = "0")
        @DecimalMin("-1e13") @DecimalMax("1e13") BigDecimal initialTrend,
        @Schema(description = "Periods to forecast after the history, 1 to " + PlanningLimits.MAX_HORIZON + ".", examples = "6")
        @NotNull @Min(1) @Max(PlanningLimits.MAX_HORIZON) Integer horizon) {
}
