package io.flowline.api.identity;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Fields to change; omitted fields stay as they are.")
public record UpdateUserRequest(
        @Schema(examples = "sales") @Size(max = 64) String role,
        @Schema(examples = "Jane Miller") @Size(min = 1, max = 200) String name) {
}
