package io.flowline.api.identity;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Client credentials for an integration (OAuth 2.0 client_credentials grant).")
public record ApiClient(
        @Schema(description = "Also the client_id.", examples = "cli_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "api_client") String object,
        @Schema(examples = "ERP sync") String name,
        @Schema(examples = "sales") String role,
        @Schema(enumeration = {"active", "revoked"}) String status,
        @Schema(description = "Returned once, when the client is created; Flowline keeps only a hash. A replay of the creating "
                + "POST (same Idempotency-Key) leaves it out and says so in Idempotent-Replay-Omitted.") String clientSecret,
        Instant createdAt,
        Instant revokedAt,
        Instant lastUsedAt,
        @Schema(examples = "1") long version) {
}
