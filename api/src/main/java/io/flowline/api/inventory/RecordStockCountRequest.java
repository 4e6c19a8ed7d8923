package io.flowline.api.inventory;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RecordStockCountRequest(@NotEmpty @Size(max = 1000) List<@NotNull @Valid Counted> lines) {

    @Schema(name = "CountedQuantity", description = "A counted quantity: for a line of the count (line_id), or for stock found where the count "
            + "has no line (item_id with location_id and lot_id as found; a lot-tracked item needs lot_id).")
    public record Counted(
            @Schema(examples = "scl_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @Size(max = 40) String lineId,
            @Schema(description = "Only without line_id.") @Size(max = 40) String itemId,
            @Schema(description = "Only without line_id.") @Size(max = 40) String locationId,
            @Schema(description = "Only without line_id.") @Size(max = 40) String lotId,
            @Schema(description = "In the item's unit; replaces what was recorded before.", examples = "38")
            @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 6) BigDecimal countedQuantity) {
    }
}
