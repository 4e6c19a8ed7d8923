package io.flowline.api.inventory;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A bin or shelf inside a warehouse.")
public record StorageLocation(
        @Schema(examples = "loc_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "storage_location") String object,
        @Schema(examples = "whs_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String warehouseId,
        @Schema(description = "Unique within the warehouse.", examples = "A-01-03") String code,
        @Schema(examples = "Aisle A, rack 1, shelf 3") String description,
        Instant createdAt,
        @Schema(examples = "1") long version) {
}
