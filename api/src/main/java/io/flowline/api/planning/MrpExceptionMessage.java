package io.flowline.api.planning;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An MRP exception (action) message for the planner.")
public record MrpExceptionMessage(
        @Schema(enumeration = {"release_now", "expedite", "de_expedite", "cancel", "past_due"}, examples = "release_now")
        String type,
        @Schema(description = "Where the action applies: the scheduled receipt's period, or 0 (the current period) for "
                + "`release_now` and `past_due`.", examples = "0")
        int period,
        @Schema(description = "For `expedite`/`de_expedite` the period the receipt is needed in; for `release_now`/`past_due` "
                + "the period the planned order is due; for `cancel` the same as `period`.", examples = "2")
        int suggestedPeriod,
        @Schema(description = "The quantity concerned.", examples = "5")
        BigDecimal quantity,
        @Schema(examples = "Release planned order of 5 now, due in period 2.")
        String message) {
}
