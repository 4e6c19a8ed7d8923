package io.flowline.api.orders;

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

@Schema(description = "One line of an order: an item (with the chosen options if it is configurable), how many, at what price, by when.")
public record OrderLineRequest(
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @NotBlank @Size(max = 64) String itemId,
        @Schema(description = "For a configurable item: the option chosen in each option group.") @Valid OrderConfiguration configuration,
        @Schema(examples = "12") @NotNull @Positive @Digits(integer = 13, fraction = 6) BigDecimal quantity,
        @Schema(description = "Price of one unit; defaults to the item's sales price. The currency defaults to your company's.")
        @Valid Money unitPrice,
        @Schema(description = "When the customer wants this line.", examples = "2026-03-20") LocalDate requestedDate) {
}
