package io.flowline.api.tenancy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A sign-up taken. The owner gets an e-mail: a link to verify the address for a new company, or, when the "
        + "address already has an account, a notice saying so. The answer is the same either way, so it does not reveal who has an account.")
public record Signup(@Schema(examples = "signup") String object,
                     @Schema(examples = "owner@acme.example") String email,
                     @Schema(examples = "Check your e-mail to verify your address. You can sign in meanwhile.") String message) {
}
