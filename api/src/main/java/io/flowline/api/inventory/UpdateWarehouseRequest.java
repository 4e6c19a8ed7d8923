package io.flowline.api.inventory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Fields to change; omitted fields stay as they are. The code never changes: stock movements refer to it.")
public record UpdateWarehouseRequest(
        @Schema(examples = "Main warehouse (hall 2)") @Size(min = 1, max = 200) String name,
        @Valid Address address) {
}
