package io.flowline.api.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new quantity or expected date for one line, as the supplier confirmed it; omitted fields stay.")
public record PurchaseOrderLineChange(
        @Schema(examples = "pol_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @NotBlank @Size(max = 64) String lineId,
        @Schema(description = "Not below what has already arrived.", examples = "10") @Positive @Digits(integer = 13, fraction = 6) BigDecimal quantity,
        @Schema(examples = "2026-03-27") LocalDate expectedDate) {
}
