package io.flowline.api.catalog;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The whole new bill of materials; it replaces every line. An empty list removes the bill.")
public record ReplaceBillOfMaterialsRequest(
        @NotNull @Size(max = 1000) List<@NotNull @Valid BillOfMaterialsLineRequest> lines) {
}
