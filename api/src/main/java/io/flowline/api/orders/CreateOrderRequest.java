package io.flowline.api.orders;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateOrderRequest(
        @Schema(examples = "cus_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @NotBlank @Size(max = 64) String customerId,
        @Schema(description = "How the order came in.", enumeration = {"phone", "email", "portal", "api", "other"}) @NotBlank @Size(max = 64) String channel,
        @NotEmpty @Size(max = 200) List<@Valid OrderLineRequest> lines,
        @Schema(description = "Internal notes; never shown to the customer.", examples = "Customer asked for a call before delivery.")
        @Size(max = 4000) String notes,
        @Schema(description = "The customer's own reference, such as their purchase order number.", examples = "PO-88231")
        @Size(max = 100) String externalReference) {
}
