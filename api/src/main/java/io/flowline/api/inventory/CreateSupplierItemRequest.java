package io.flowline.api.inventory;

import java.math.BigDecimal;

import io.flowline.api.platform.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An item this supplier delivers. Only `item_id` is required.")
public record CreateSupplierItemRequest(
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @NotBlank @Size(max = 64) String itemId,
        @Schema(examples = "EI-KD-27") @Size(max = 64) String supplierItemCode,
        @Schema(description = "The currency defaults to the supplier's.") @Valid Money unitPrice,
        @Schema(description = "The supplier's default lead time if absent, else the item's.", examples = "14") @PositiveOrZero @Max(3650)
        Integer leadTimeDays,
        @Schema(examples = "5") @PositiveOrZero @Digits(integer = 13, fraction = 6) BigDecimal minimumOrderQuantity,
        @Schema(examples = "0.5") @Positive @Digits(integer = 13, fraction = 6) BigDecimal orderMultiple,
        @Schema(description = "Make this the item's preferred supplier (the previous one stops being preferred); false if absent.")
        Boolean preferred) {
}
