package io.flowline.api.inventory;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A stock movement to post. Quantities are in the item's unit; a transfer posts two legs, out of "
        + "warehouse_id/location_id and into to_warehouse_id/to_location_id, atomically.")
public record PostStockMovementRequest(
        @Schema(description = "receipt, issue, transfer, adjustment or scrap (count corrections come from stock counts).", examples = "receipt")
        @NotBlank @Size(max = 64) String kind,
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @NotBlank @Size(max = 40) String itemId,
        @Schema(description = "Greater than zero; an adjustment may be negative.", examples = "25")
        @NotNull @Digits(integer = 13, fraction = 6) BigDecimal quantity,
        @Schema(description = "Optional; when given it must be the item's unit (no conversion).", examples = "pc") @Size(max = 16) String unit,
        @Schema(examples = "whs_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @NotBlank @Size(max = 40) String warehouseId,
        @Schema(description = "A storage location of the warehouse; absent means the warehouse without a bin.") @Size(max = 40) String locationId,
        @Schema(description = "Required for lot-tracked items.") @Size(max = 40) String lotId,
        @Schema(description = "Transfers only: the receiving warehouse; defaults to warehouse_id.") @Size(max = 40) String toWarehouseId,
        @Schema(description = "Transfers only: the receiving storage location.") @Size(max = 40) String toLocationId,
        @Schema(description = "Issues only: the reservation this issue consumes; its stock rows are issued, so leave out location_id and lot_id.")
        @Size(max = 40) String reservationId,
        @Schema(examples = "Goods receipt") @Size(max = 200) String reason,
        @Valid StockReference reference) {
}
