package io.flowline.api.identity;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person in the company.")
public record User(
        @Schema(examples = "usr_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "user") String object,
        @Schema(examples = "jane@acme.example") String email,
        @Schema(examples = "Jane Miller") String name,
        @Schema(enumeration = {"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"}) String role,
        @Schema(enumeration = {"invited", "active", "deactivated"}) String status,
        @Schema(description = "One-time invitation token, returned only when the user is invited; the person accepts it at POST /api/v1/invitations/accept. "
                + "A replay of the invite (same Idempotency-Key) leaves it out and says so in Idempotent-Replay-Omitted.")
        String invitationToken,
        Instant invitationExpiresAt,
        Instant createdAt,
        Instant lastLoginAt,
        @Schema(examples = "1") long version) {
}
