package io.flowline.api.orders;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Goods the customer sent back: per order line, how many and why. They are received into a quarantined lot "
        + "(not available, not reserved) until quality releases, blocks or scraps them.")
public record CreateOrderReturnRequest(
        @Schema(description = "Where the goods arrive; defaults to the warehouse the line last shipped from.",
                examples = "whs_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @Size(max = 64) String warehouseId,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull Line> lines) {

    @Schema(name = "OrderReturnLineRequest", description = "One order line's returned goods, named by `line_number` or, when only "
            + "one line has the item, by `item_id`.")
    public record Line(
            @Schema(examples = "1") @Min(1) @Max(10000) Integer lineNumber,
            @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @Size(max = 64) String itemId,
            @Schema(description = "At most what the line shipped less what already came back.", examples = "2")
            @NotNull @Positive @Digits(integer = 13, fraction = 6) BigDecimal quantity,
            @Schema(examples = "Damaged in transport") @NotBlank @Size(max = 500) String reason) {
    }
}
