package io.flowline.api.inventory;

import java.math.BigDecimal;

import io.flowline.api.platform.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Fields to change; omitted fields stay as they are.")
public record UpdateSupplierItemRequest(
        @Size(max = 64) String supplierItemCode,
        @Valid Money unitPrice,
        @PositiveOrZero @Max(3650) Integer leadTimeDays,
        @PositiveOrZero @Digits(integer = 13, fraction = 6) BigDecimal minimumOrderQuantity,
        @Positive @Digits(integer = 13, fraction = 6) BigDecimal orderMultiple,
        @Schema(description = "true makes it the item's preferred supplier; false takes that away.") Boolean preferred) {
}
