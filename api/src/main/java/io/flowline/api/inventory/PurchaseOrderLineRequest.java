package io.flowline.api.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.flowline.api.platform.Money;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One line of a purchase order.")
public record PurchaseOrderLineRequest(
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @NotBlank @Size(max = 64) String itemId,
        @Schema(examples = "12") @NotNull @Positive @Digits(integer = 13, fraction = 6) BigDecimal quantity,
        @Schema(description = "Defaults to the supplier's price for the item; the currency to the order's.") @Valid Money unitPrice,
        @Schema(description = "Defaults to today plus the supplier's lead time for the item (else the item's).", examples = "2026-03-20")
        LocalDate expectedDate) {
}
