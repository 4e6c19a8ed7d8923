package io.flowline.api.inventory;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A company you buy from.")
public record Supplier(
        @Schema(examples = "sup_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "supplier") String object,
        @Schema(description = "Unique in your company.", examples = "HOLZ-01") String code,
        @Schema(examples = "Holzwerk Mayer KG") String name,
        @Schema(examples = "orders@holzwerk.example") String email,
        @Schema(examples = "+49 711 123456") String phone,
        Address address,
        @Schema(description = "ISO 4217 code of the prices this supplier quotes.", examples = "EUR") String currency,
        @Schema(description = "Days from order to receipt when an item gives none of its own.", examples = "10") Integer defaultLeadTimeDays,
        @Schema(description = "Archived suppliers keep their history but get no new purchase orders.") boolean archived,
        Instant createdAt,
        @Schema(examples = "1") long version) {
}
