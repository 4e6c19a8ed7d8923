package io.flowline.api.orders;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A company that orders from you.")
public record Customer(
        @Schema(examples = "cus_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "customer") String object,
        @Schema(description = "Your customer number: the one you gave, or the next free one of C-00001, C-00002, ...", examples = "C-00042")
        String number,
        @Schema(examples = "Northwind Traders GmbH") String name,
        List<CustomerContact> contacts,
        List<Address> deliveryAddresses,
        Address invoiceAddress,
        @Schema(description = "BCP 47 language tag for documents and messages to this customer.", examples = "de") String language,
        String notes,
        @Schema(enumeration = {"active", "archived"}) String status,
        Instant archivedAt,
        Instant createdAt,
        @Schema(examples = "1") long version) {
}
