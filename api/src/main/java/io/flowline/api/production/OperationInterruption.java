package io.flowline.api.production;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A pause of an operation, from pause to resume.")
public record OperationInterruption(
        @Schema(examples = "wop_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(enumeration = {"breakdown", "no_material", "waiting_for_quality", "tooling", "other"}) String reason,
        @Schema(examples = "Spindle bearing replaced") String note,
        Instant startedAt,
        @Schema(description = "Absent while the operation is still paused.") Instant endedAt,
        @Schema(description = "Whole seconds from pause to resume; absent while it lasts.", examples = "1260") Long durationSeconds) {
}
