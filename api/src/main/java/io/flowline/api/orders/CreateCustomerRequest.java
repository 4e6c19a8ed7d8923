package io.flowline.api.orders;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateCustomerRequest(
        @Schema(description = "Your customer number, unique in your company; leave it out to get the next one (C-00001, C-00002, ...).",
                examples = "K-1042") @Size(min = 1, max = 40) String number,
        @Schema(description = "Company name.", examples = "Northwind Traders GmbH") @NotBlank @Size(max = 200) String name,
        @Size(max = 50) List<CustomerContact> contacts,
        @Size(max = 50) List<Address> deliveryAddresses,
        Address invoiceAddress,
        @Schema(description = "BCP 47 language tag; defaults to the language of your company's locale.", examples = "de") @Size(max = 35) String language,
        @Schema(examples = "Delivery only on weekdays before 14:00.") @Size(max = 4000) String notes) {
}
