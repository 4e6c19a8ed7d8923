package io.flowline.api.catalog;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The whole new routing; it replaces every operation. An empty list removes the routing.")
public record ReplaceRoutingRequest(
        @NotNull @Size(max = 200) List<@NotNull @Valid RoutingOperationRequest> operations) {
}
