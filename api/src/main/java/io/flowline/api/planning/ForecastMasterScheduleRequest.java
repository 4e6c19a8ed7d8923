package io.flowline.api.planning;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Which item to forecast, from how much of its order history, how far ahead and how.")
public record ForecastMasterScheduleRequest(
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @NotBlank @Size(max = 64) String itemId,
        @Schema(description = "As for `POST /api/v1/planning/forecast`; `auto` if absent.",
                enumeration = {"moving_average", "simple_exponential_smoothing", "holt", "holt_winters", "auto"}, examples = "auto")
        @Size(max = 64) String method,
        @Schema(description = "Whole weeks of order history before this week, 4 to 520; 52 if absent.", examples = "52")
        @Min(4) @Max(520) Integer historyWeeks,
        @Schema(description = "Weeks to forecast from this week on, 1 to 104; 13 if absent.", examples = "13")
        @Min(1) @Max(104) Integer weeks,
        @Schema(description = "Weeks per season, for `holt_winters` (and for `auto` to consider it).", examples = "52")
        @Min(2) @Max(260) Integer seasonLength,
        @Schema(description = "Weeks averaged by `moving_average`; 3 if absent.", examples = "4")
        @Min(1) @Max(520) Integer window) {
}
