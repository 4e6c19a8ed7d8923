package io.flowline.api.platform;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem: every error the API returns, as {@code application/problem+json}.
 * {@code error} and {@code error_description} are the OAuth 2.0 members (RFC 6749 §5.2), set only by the token endpoint.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details; validation failures list every bad field in `errors`.")
public record Problem(
        @Schema(description = "Stable URI that identifies the kind of problem.", examples = "https://flowline.io/problems/validation")
        String type,
        @Schema(description = "Short, human summary of the kind of problem.", examples = "Request is invalid")
        String title,
        @Schema(description = "HTTP status code.", examples = "400")
        int status,
        @Schema(description = "Human explanation of this occurrence.", examples = "2 fields are invalid")
        String detail,
        @Schema(description = "The request path this problem is about.", examples = "/api/v1/signup")
        String instance,
        @Schema(description = "Per-field errors (validation problems only).")
        List<FieldError> errors,
        @Schema(description = "OAuth 2.0 error code (token endpoint only).", examples = "invalid_grant")
        String error,
        @Schema(description = "OAuth 2.0 error description (token endpoint only).")
        String errorDescription) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: the JSON name (or query parameter) and what is wrong with it. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(examples = "password") String field,
            @Schema(examples = "must be at least 8 characters") String message) {
    }
}
