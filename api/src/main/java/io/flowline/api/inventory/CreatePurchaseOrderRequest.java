package io.flowline.api.inventory;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new purchase order; it starts as a draft in the supplier's currency.")
public record CreatePurchaseOrderRequest(
        @Schema(examples = "sup_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @NotBlank @Size(max = 64) String supplierId,
        @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull PurchaseOrderLineRequest> lines,
        @Size(max = 4000) String notes,
        @Schema(description = "The supplier's order confirmation number or yours.", examples = "AB-2026-118") @Size(max = 100) String externalReference) {
}
