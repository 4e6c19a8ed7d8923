package io.flowline.api.orders;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Fields to change; omitted fields stay as they are. A list sent replaces the whole list; an empty `notes` clears the notes.")
public record UpdateCustomerRequest(
        @Schema(examples = "K-1042") @Size(min = 1, max = 40) String number,
        @Schema(examples = "Northwind Traders GmbH") @Size(min = 1, max = 200) String name,
        @Size(max = 50) List<CustomerContact> contacts,
        @Size(max = 50) List<Address> deliveryAddresses,
        Address invoiceAddress,
        @Schema(examples = "en-GB") @Size(max = 35) String language,
        @Size(max = 4000) String notes) {
}
