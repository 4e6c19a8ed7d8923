package io.flowline.api.catalog;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One operation: its position in the sequence (unique in the routing), where it runs and how long it takes.")
public record RoutingOperationRequest(
        @Schema(examples = "10") @NotNull @Positive Integer sequence,
        @Schema(examples = "wkc_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @NotBlank @Size(max = 64) String workCenterId,
        @Schema(examples = "Glue and press the layers") @Size(max = 500) String description,
        @Schema(description = "0 if absent.", examples = "0.5") @PositiveOrZero @Digits(integer = 9, fraction = 6) BigDecimal setupHours,
        @Schema(examples = "0.02") @NotNull @PositiveOrZero @Digits(integer = 9, fraction = 6) BigDecimal runHoursPerUnit) {
}
