package io.flowline.api.inventory;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Fields to change; omitted fields stay as they are. `lines` sent replaces all lines (drafts only); `line_changes` "
        + "changes quantities and expected dates of single lines, also once the order is sent; an empty `notes` clears them.")
public record UpdatePurchaseOrderRequest(
        @Size(min = 1, max = 200) List<@Valid @NotNull PurchaseOrderLineRequest> lines,
        @Size(min = 1, max = 200) List<@Valid @NotNull PurchaseOrderLineChange> lineChanges,
        @Size(max = 4000) String notes,
        @Size(max = 100) String externalReference) {
}
