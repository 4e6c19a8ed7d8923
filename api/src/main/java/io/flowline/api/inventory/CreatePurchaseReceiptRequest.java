package io.flowline.api.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What arrived against a purchase order, and where it goes.")
public record CreatePurchaseReceiptRequest(
        @Schema(examples = "whs_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @NotBlank @Size(max = 64) String warehouseId,
        @Schema(examples = "loc_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @Size(max = 64) String locationId,
        @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull Line> lines) {

    @Schema(name = "PurchaseReceiptLineRequest")
    public record Line(
            @Schema(description = "A line of the purchase order.", examples = "pol_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @NotBlank @Size(max = 64) String lineId,
            @Schema(examples = "4") @NotNull @Positive @Digits(integer = 13, fraction = 6) BigDecimal quantity,
            @Schema(description = "Required for lot-tracked items: the lot is reused when the item has one with this number, else created.",
                    examples = "2026-0311") @Size(max = 64)
            @Pattern(regexp = "[A-Za-z0-9._/-]+", message = "may hold only letters, digits, '.', '_', '/' and '-'") String lotNumber,
            @Schema(description = "The supplier's own lot number, kept with a new lot.", examples = "MAYER-88-12") @Size(max = 64) String supplierLot,
            @Schema(description = "Kept with a new lot.", examples = "2027-03-31") LocalDate expiryDate) {
    }
}
