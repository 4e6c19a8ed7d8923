package io.flowline.api.catalog;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkShift", description = "A shift on the clock, HH:MM to HH:MM; an end at or before the start crosses midnight.")
public record WorkShift(
        @Schema(examples = "06:00") @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be a time such as 06:00") String start,
        @Schema(examples = "14:00") @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be a time such as 14:00") String end) {
}
