package io.flowline.api.inventory;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A place that holds stock, with its storage locations (bins).")
public record Warehouse(
        @Schema(examples = "whs_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "warehouse") String object,
        @Schema(description = "Unique in your company.", examples = "MAIN") String code,
        @Schema(examples = "Main warehouse") String name,
        Address address,
        @Schema(description = "Archived warehouses keep their history but take no new stock.") boolean archived,
        Instant createdAt,
        @Schema(examples = "1") long version) {
}
