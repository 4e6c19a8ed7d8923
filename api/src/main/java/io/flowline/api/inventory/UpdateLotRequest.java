package io.flowline.api.inventory;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Fields to change; omitted fields stay as they are. The item and number never change: movements refer to them.")
public record UpdateLotRequest(
        @Schema(description = "released, quarantined or blocked.", examples = "released") @Size(max = 64) String status,
        @Schema(examples = "2025-06-30") LocalDate expiryDate,
        @Schema(examples = "SUP-77812") @Size(max = 64) String supplierLot) {
}
