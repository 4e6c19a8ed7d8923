package io.flowline.api.audit;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One change made through the API. Append-only.")
public record AuditEvent(
        @Schema(examples = "aud_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "audit_event") String object,
        Instant occurredAt,
        @Schema(enumeration = {"user", "api_client", "system"}) String actorType,
        @Schema(examples = "usr_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String actorId,
        @Schema(examples = "user.role_changed") String action,
        @Schema(examples = "user") String objectType,
        @Schema(examples = "usr_01JD0Z8V6Q3N4R5S6T7V8W9X0Z") String objectId,
        @Schema(description = "Changed fields with their old and new values.") Map<String, Change> changes) {

    public record Change(String from, String to) {
    }
}
