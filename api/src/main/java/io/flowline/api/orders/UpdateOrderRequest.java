package io.flowline.api.orders;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Fields to change; omitted fields stay as they are. `lines` sent replaces all lines; an empty `notes` clears them.")
public record UpdateOrderRequest(
        @Size(min = 1, max = 200) List<@Valid OrderLineRequest> lines,
        @Schema(examples = "2026-03-27") LocalDate promisedDate,
        @Size(max = 4000) String notes,
        @Size(max = 100) String externalReference,
        @Schema(description = "Why it changed; kept in the timeline.", examples = "Customer called: two more boards.") @Size(max = 1000)
        String comment) {
}
