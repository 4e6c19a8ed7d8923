package io.flowline.api.production;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "So much of a component on the work order's material list. Without `location_id` the stock is picked first-expired-first-out, "
        + "then first-in-first-out, from the warehouse and lot given (or any).")
public record MaterialIssueLine(
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @NotBlank @Size(max = 64) String itemId,
        @Schema(description = "In the item's unit.", examples = "12.5") @NotNull @Positive @DecimalMax("1000000000") @Digits(integer = 13, fraction = 6) BigDecimal quantity,
        @Schema(description = "Required for a lot-tracked item.", examples = "lot_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @Size(max = 64) String lotId,
        @Schema(examples = "wh_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @Size(max = 64) String warehouseId,
        @Schema(examples = "loc_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @Size(max = 64) String locationId) {
}
