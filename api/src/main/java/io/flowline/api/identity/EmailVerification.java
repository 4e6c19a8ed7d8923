package io.flowline.api.identity;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A company's e-mail address, verified: it may now invite users and create API clients.")
public record EmailVerification(@Schema(examples = "email_verification") String object,
                                @Schema(examples = "owner@acme.example") String email,
                                Instant verifiedAt) {
}
