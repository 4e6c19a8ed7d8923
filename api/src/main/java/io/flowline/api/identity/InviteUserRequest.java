package io.flowline.api.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record InviteUserRequest(
        @Schema(examples = "jane@acme.example") @NotBlank @Email @Size(max = 254) String email,
        @Schema(examples = "Jane Miller") @Size(max = 200) String name,
        @Schema(description = "Role to grant; only an owner may grant owner.", examples = "planner") @NotBlank @Size(max = 64) String role) {
}
