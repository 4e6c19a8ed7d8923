package io.flowline.api.orders;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Optional details of a lifecycle action.")
public record OrderActionRequest(
        @Schema(description = "Confirm only: the date you promise; defaults to the later of the lines' latest requested date and planning's promise.", examples = "2026-03-20")
        LocalDate promisedDate,
        @Schema(description = "Why; kept in the order's timeline (not shown to the customer).", examples = "Waiting for the customer's deposit.")
        @Size(max = 1000) String comment) {
}
