package io.flowline.api.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A forecast of an item's weekly demand from its order history, and the master schedule entries it wrote.")
public record MasterScheduleForecast(
        @Schema(examples = "master_schedule_forecast") String object,
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String itemId,
        @Schema(description = "The method used (the one `auto` chose).", examples = "simple_exponential_smoothing") String method,
        @Schema(description = "Monday of the first week of history.", examples = "2025-11-24") LocalDate historyFrom,
        @Schema(description = "Quantity ordered per week (orders by the day they were placed, leaving out drafts, unsubmitted and "
                + "cancelled ones), oldest first.", examples = "[40, 35, 52]") List<BigDecimal> history,
        @Schema(description = "Mean absolute error of the fit.", examples = "6.5") BigDecimal mae,
        @Schema(description = "Mean absolute percentage error of the fit, over weeks with demand.", examples = "14.2") BigDecimal mape,
        @Schema(description = "Root mean squared error of the fit.", examples = "8.1") BigDecimal rmse,
        @Schema(description = "One entry per forecast week with demand, due on its Monday, to two decimals. They replace the item's "
                + "earlier forecast entries in those weeks; manual entries stay.") List<MasterScheduleEntry> entries) {
}
