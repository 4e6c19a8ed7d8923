package io.flowline.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AcceptInvitationRequest(
        @Schema(description = "The invitation token from the invite.") @NotBlank @Size(max = 256) String token,
        @Schema(description = "8 to 128 characters, not one of the most common passwords.") @NotBlank @Size(min = 8, max = 128) String password,
        @Schema(examples = "Jane Miller") @Size(max = 200) String name) {
}
