package io.flowline.api.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The request was taken; what follows comes by e-mail. The answer is the same whether or not the address has "
        + "an account, so it does not reveal who has one.")
public record MailAccepted(@Schema(examples = "password_reset") String object,
                           @Schema(examples = "owner@acme.example") String email,
                           @Schema(examples = "If this address has a Flowline account, an e-mail with a link is on its way.") String message) {
}
