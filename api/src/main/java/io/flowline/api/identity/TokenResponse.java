package io.flowline.api.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "OAuth 2.0 access token response (RFC 6749 §5.1).")
public record TokenResponse(
        @Schema(description = "RS256-signed JWT.") String accessToken,
        @Schema(examples = "Bearer") String tokenType,
        @Schema(description = "Seconds until the access token expires.", examples = "900") long expiresIn,
        @Schema(description = "Present for the password and refresh_token grants; each use returns a new one.") String refreshToken,
        @Schema(examples = "planner") String scope) {
}
