package io.flowline.orders;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A customer to take on. Without a number it is numbered from the company's series; without a language it speaks the
 * company's. The constraints are those each field is checked by before the service sees it (an import checks its rows by
 * them); the contacts and addresses are checked by {@link CustomerService}, each error naming its place.
 */
public record NewCustomer(
        @Size(min = 1, max = 40) String number,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 50) List<ContactPerson> contacts,
        @Size(max = 50) List<CustomerAddress> deliveryAddresses,
        CustomerAddress invoiceAddress,
        @Size(max = 35) String language,
        @Size(max = 4000) String notes) {
}
