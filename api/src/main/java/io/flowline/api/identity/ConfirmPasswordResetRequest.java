package io.flowline.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The code from the password-reset e-mail and the new password.")
public record ConfirmPasswordResetRequest(
        @Schema(examples = "prt_...") @NotBlank @Size(max = 200) String token,
        @Schema(description = "8 to 128 characters, not one of the most common passwords.", examples = "a new and uncommon passphrase")
        @NotBlank @Size(min = 8, max = 128) String password) {
}
