package io.flowline.api.orders;

import java.time.Instant;
import java.util.Map;

import io.flowline.api.audit.AuditEvent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One thing that happened to an order: its creation, a status change or an edit, who did it and when.")
public record OrderTimelineEntry(
        @Schema(examples = "ohe_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "order_timeline_entry") String object,
        Instant occurredAt,
        @Schema(description = "`shipment`: a partial shipment (the status stays); `return`: goods came back.", enumeration = {"created", "status_changed", "changed", "shipment", "return"}) String kind,
        @Schema(description = "The lifecycle action, for status changes.", examples = "confirm") String action,
        @Schema(examples = "submitted") String fromStatus,
        @Schema(examples = "confirmed") String toStatus,
        @Schema(enumeration = {"user", "api_client"}) String actorType,
        @Schema(examples = "usr_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String actorId,
        @Schema(description = "Changed fields with their old and new values.") Map<String, AuditEvent.Change> changes,
        String comment) {
}
