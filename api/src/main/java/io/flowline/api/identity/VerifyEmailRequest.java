package io.flowline.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The code from the verification e-mail.")
public record VerifyEmailRequest(@Schema(examples = "evt_...") @NotBlank @Size(max = 200) String token) {
}
