package io.flowline.orders;

import java.util.List;

/** What to change of a customer; a null field stays as it is, a list given replaces the whole list, empty notes clear them. */
public record CustomerChanges(String number, String name, List<ContactPerson> contacts, List<CustomerAddress> deliveryAddresses,
                              CustomerAddress invoiceAddress, String language, String notes) {
}
