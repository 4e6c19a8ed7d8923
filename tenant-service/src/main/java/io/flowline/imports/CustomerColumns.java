package io.flowline.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.flowline.orders.ContactPerson;
import io.flowline.orders.Customer;
import io.flowline.orders.CustomerDetails;
import io.flowline.orders.NewCustomer;
import io.flowline.orders.CustomerAddress;

/**
 * The columns of a customer file. A customer's lists are flattened to one of each: the first contact
 * ({@code contact_*}), the invoice address ({@code invoice_*}) and the first delivery address ({@code delivery_*});
 * further contacts and delivery addresses are neither exported nor imported. The number is required here, unlike in
 * the API: numbering from the company's series needs the request the background import does not have.
 */
final class CustomerColumns {
    private static final List<String> ADDRESS = List.of("line1", "line2", "postal_code", "city", "region", "country");
    static final List<String> COLUMNS = List.of("number", "name", "language", "notes",
            "contact_name", "contact_email", "contact_phone", "contact_role",
            "invoice_line1", "invoice_line2", "invoice_postal_code", "invoice_city", "invoice_region", "invoice_country",
            "delivery_line1", "delivery_line2", "delivery_postal_code", "delivery_city", "delivery_region", "delivery_country",
            "status");
    static final List<String> REQUIRED = List.of("number", "name");
    static final List<Object> EXAMPLE = Arrays.asList("K-1042", "Northwind Traders GmbH", "de", "Delivery only on weekdays before 14:00.",
            "Jana Novak", "jana.novak@northwind.example", "+49 40 1234567", "purchasing",
            "Hafenstraße 12", null, "20457", "Hamburg", null, "DE",
            "Lagerweg 3", "Tor 3", "21107", "Hamburg", null, "DE",
            "active");

    private CustomerColumns() {
    }

    /** The cells of one row by column name, turned into a new customer; an all-empty contact or address is none. */
    static NewCustomer request(int line, Map<String, String> cells, List<RowError> errors) {
        String number = cells.get("number");
        if (number == null) {
            errors.add(new RowError(line, "number", "must not be empty; imports do not number customers"));
        }
        String status = cells.get("status");
        if (status != null && !status.equalsIgnoreCase("active")) {
            errors.add(new RowError(line, "status", "must be active or empty; archived customers cannot be imported"));
        }
        ContactPerson contact = null;
        if (anyOf(cells, "contact_", List.of("name", "email", "phone", "role"))) {
            contact = new ContactPerson(cells.get("contact_name"), cells.get("contact_email"), cells.get("contact_phone"), cells.get("contact_role"));
        }
        CustomerAddress delivery = address(cells, "delivery_");
        return new NewCustomer(number, cells.get("name"), contact == null ? null : List.of(contact),
                delivery == null ? null : List.of(delivery), address(cells, "invoice_"), cells.get("language"), cells.get("notes"));
    }

    private static CustomerAddress address(Map<String, String> cells, String prefix) {
        if (!anyOf(cells, prefix, ADDRESS)) {
            return null;
        }
        String country = cells.get(prefix + "country");
        return new CustomerAddress(cells.get(prefix + "line1"), cells.get(prefix + "line2"), cells.get(prefix + "postal_code"),
                cells.get(prefix + "city"), cells.get(prefix + "region"), country == null ? null : country.toUpperCase(Locale.ROOT));
    }

    private static boolean anyOf(Map<String, String> cells, String prefix, List<String> names) {
        return names.stream().anyMatch(n -> cells.get(prefix + n) != null);
    }

    /** The column a field error of the request is about: {@code contacts[0].email} is contact_email. */
    static String column(String field) {
        if (field.startsWith("contacts[0].")) {
            return "contact_" + field.substring("contacts[0].".length());
        }
        if (field.startsWith("invoice_address.")) {
            return "invoice_" + field.substring("invoice_address.".length());
        }
        if (field.startsWith("delivery_addresses[0].")) {
            return "delivery_" + field.substring("delivery_addresses[0].".length());
        }
        return field;
    }

    static List<Object> cells(Customer c) {
        List<ContactPerson> contacts = CustomerDetails.contacts(c.contactsJson());
        ContactPerson contact = contacts.isEmpty() ? null : contacts.get(0);
        CustomerAddress invoice = CustomerDetails.address(c.invoiceAddressJson());
        List<CustomerAddress> deliveries = CustomerDetails.addresses(c.deliveryAddressesJson());
        CustomerAddress delivery = deliveries.isEmpty() ? null : deliveries.get(0);
        List<Object> row = new java.util.ArrayList<>(Arrays.asList(c.number(), c.name(), c.language(), c.notes()));
        row.addAll(contact == null ? Arrays.asList(null, null, null, null)
                : Arrays.asList(contact.name(), contact.email(), contact.phone(), contact.role()));
        row.addAll(addressCells(invoice));
        row.addAll(addressCells(delivery));
        row.add(c.status().name().toLowerCase(Locale.ROOT));
        return row;
    }

    private static List<Object> addressCells(CustomerAddress a) {
        return a == null ? Arrays.asList(null, null, null, null, null, null)
                : Arrays.asList(a.line1(), a.line2(), a.postalCode(), a.city(), a.region(), a.country());
    }
}
