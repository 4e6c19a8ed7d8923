package io.flowline.api.inventory;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateStockCountRequest(
        @Schema(examples = "whs_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @NotBlank @Size(max = 40) String warehouseId,
        @Schema(description = "Count only these items; all items when absent.") @Size(max = 1000) List<@NotBlank @Size(max = 40) String> itemIds,
        @Schema(description = "Count only these storage locations of the warehouse; all stock (with or without a location) when absent.")
        @Size(max = 1000) List<@NotBlank @Size(max = 40) String> locationIds) {
}
