package io.flowline.api.planning;

import java.math.BigDecimal;

import io.flowline.api.orders.OrderConfiguration;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a customer asks for: an item (with the chosen options if it is configurable, as on an order line) and how many.")
public record DeliveryPromiseRequest(
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @NotBlank @Size(max = 64) String itemId,
        @Schema(examples = "12") @NotNull @Positive @Digits(integer = 13, fraction = 6) BigDecimal quantity,
        @Schema(description = "For a configurable item: the option chosen in each option group, as on an order line.")
        @Valid OrderConfiguration configuration,
        @Schema(description = "Count only this warehouse's stock; default: every warehouse.", examples = "whs_01JD0Z8V6Q3N4R5S6T7V8W9X0Y")
        @Size(max = 64) String warehouseId) {
}
