package io.flowline.api.production;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record PauseOperationRequest(
        @Schema(enumeration = {"breakdown", "no_material", "waiting_for_quality", "tooling", "other"}) @NotBlank @Size(max = 32) String reason,
        @Schema(examples = "Spindle bearing noisy") @Size(max = 500) String note) {
}
