package io.flowline.api.inventory;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateReservationRequest(
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @NotBlank @Size(max = 40) String itemId,
        @Schema(examples = "whs_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @NotBlank @Size(max = 40) String warehouseId,
        @Schema(description = "Reserve from this lot only; otherwise from any released lot or stock without a lot.") @Size(max = 40) String lotId,
        @Schema(description = "In the item's unit.", examples = "2") @NotNull @Positive @Digits(integer = 13, fraction = 6) BigDecimal quantity,
        @Schema(description = "The order line (type order_line) or work order (type work_order) the stock is for.")
        @NotNull @Valid StockReference reference) {
}
