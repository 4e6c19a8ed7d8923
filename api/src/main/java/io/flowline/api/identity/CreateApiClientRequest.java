package io.flowline.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateApiClientRequest(
        @Schema(examples = "ERP sync") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Role the client acts with; any role but owner.", examples = "sales") @NotBlank @Size(max = 64) String role) {
}
