package io.flowline.api.catalog;

import java.math.BigDecimal;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One component line: another item of your company, how much of it one unit of the parent needs, and its scrap.")
public record BillOfMaterialsLineRequest(
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Z") @NotBlank @Size(max = 64) String componentId,
        @Schema(examples = "1") @NotNull @Positive @Digits(integer = 13, fraction = 6) BigDecimal quantityPer,
        @Schema(description = "Expected loss as a fraction, at least 0 and below 1; 0 if absent.", examples = "0.05")
        @PositiveOrZero @DecimalMax(value = "1", inclusive = false) @Digits(integer = 1, fraction = 6) BigDecimal scrapFactor,
        @Schema(description = "The `sequence` of the routing operation that consumes the component.", examples = "20")
        @Positive Integer operationSequence) {
}
