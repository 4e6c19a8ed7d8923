package io.flowline.api.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The e-mail of the account whose password is forgotten.")
public record PasswordResetRequest(@Schema(examples = "owner@acme.example") @NotBlank @Email @Size(max = 254) String email) {
}
