package io.flowline.orders;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.failure.Violation;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.numbering.NumberSeries;
import io.flowline.platform.numbering.OrderNumbers;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.persistence.DuplicateKey;
import io.flowline.platform.tenancy.Tenant;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/** The companies that order: kept, searched, changed and archived (never deleted, so orders keep their customer). */
@ApplicationScoped
public class CustomerService {
    public static final String PREFIX = "cus";

    @Inject
    EntityManager em;

    @Inject
    TenantContext caller;

    @Inject
    AuditLog audit;

    @Inject
    OrderNumbers numbers;

    @Inject
    CustomerDetails details;

    public List<Customer> list(PageRequest page, String q, String status) {
        Customer.Status wanted = status == null ? null : parseStatus(status);
        return customers().list(page, wanted, q);
    }

    public Customer get(String id) {
        return customers().find(id).orElseThrow(() -> new NotFound("customer", id));
    }

    @Transactional
    public Customer create(NewCustomer request) {
        Customer customer = newCustomer(request, null);
        if (customer.number() == null) {
            numbers.prepare(NumberSeries.CUSTOMER); // before this transaction holds a connection
        }
        if (customer.language() == null) {
            customer.changeLanguage(defaultLanguage(em.find(Tenant.class, caller.tenantId())));
        }
        if (customer.number() != null) {
            requireFreeNumber(customer.number());
        } else {
            customer.renumber(numbers.next(em, NumberSeries.CUSTOMER, this::numberTaken));
        }
        String number = customer.number();
        customers().add(customer);
        audit.record(em, "customer.created", "customer", customer.id(),
                new Changes().field("number", null, number).field("name", null, customer.name()));
        flush(number);
        return customer;
    }

    /**
     * A new customer, checked by the same rules as {@link #create} but neither saved, numbered nor checked for a free
     * number: imports check every row this way before they save any. Bean Validation of its fields is the caller's.
     * Without a number the customer has none; without a language it takes {@code defaultLanguage}.
     *
     * @throws RuleBroken naming every bad field
     */
    public Customer newCustomer(NewCustomer request, String defaultLanguage) {
        List<Violation> errors = new ArrayList<>();
        String number = request.number() == null ? null : checkedNumber(request.number(), errors);
        List<ContactPerson> contacts = request.contacts() == null ? List.of() : request.contacts();
        List<CustomerAddress> deliveryAddresses = request.deliveryAddresses() == null ? List.of() : request.deliveryAddresses();
        details.checkContacts(contacts, errors);
        details.checkAddresses(deliveryAddresses, "delivery_addresses", errors);
        if (request.invoiceAddress() != null) {
            details.checkAddress(request.invoiceAddress(), "invoice_address", errors);
        }
        String language = request.language() == null ? defaultLanguage : checkedLanguage(request.language(), errors);
        if (request.name() == null || request.name().isBlank()) {
            errors.add(new Violation("name", "must not be blank"));
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        Customer customer = new Customer(PublicIds.next(PREFIX), number, request.name().trim(), language, now());
        customer.changeContacts(CustomerDetails.contactsJson(contacts));
        customer.changeDeliveryAddresses(CustomerDetails.addressesJson(deliveryAddresses));
        customer.changeInvoiceAddress(CustomerDetails.addressJson(request.invoiceAddress()));
        customer.changeNotes(request.notes() == null || request.notes().isEmpty() ? null : request.notes());
        return customer;
    }

    /** The language of a customer created without one: that of the company's locale. */
    public static String defaultLanguage(Tenant tenant) {
        return Locale.forLanguageTag(tenant.locale()).getLanguage();
    }

    @Transactional
    public Customer update(String id, String ifMatch, CustomerChanges request) {
        Customer customer = get(id);
        List<Violation> errors = new ArrayList<>();
        String number = request.number() == null ? null : checkedNumber(request.number(), errors);
        if (request.name() != null && request.name().isBlank()) {
            errors.add(new Violation("name", "must not be blank"));
        }
        if (request.contacts() != null) {
            details.checkContacts(request.contacts(), errors);
        }
        if (request.deliveryAddresses() != null) {
            details.checkAddresses(request.deliveryAddresses(), "delivery_addresses", errors);
        }
        if (request.invoiceAddress() != null) {
            details.checkAddress(request.invoiceAddress(), "invoice_address", errors);
        }
        String language = request.language() == null ? null : checkedLanguage(request.language(), errors);
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        OptimisticLocking.requireMatch(ifMatch, customer.version());
        if (customer.status() == Customer.Status.ARCHIVED) {
            throw new Conflict("customer-archived", "Customer " + id + " is archived and can no longer be changed.");
        }
        Changes changes = new Changes();
        if (number != null && !number.equals(customer.number())) {
            requireFreeNumber(number);
            changes.field("number", customer.number(), number);
            customer.renumber(number);
        }
        if (request.name() != null) {
            changes.field("name", customer.name(), request.name().trim());
            customer.rename(request.name().trim());
        }
        if (language != null) {
            changes.field("language", customer.language(), language);
            customer.changeLanguage(language);
        }
        if (request.contacts() != null) {
            String json = CustomerDetails.contactsJson(request.contacts());
            changes.field("contacts", customer.contactsJson(), json);
            customer.changeContacts(json);
        }
        if (request.deliveryAddresses() != null) {
            String json = CustomerDetails.addressesJson(request.deliveryAddresses());
            changes.field("delivery_addresses", customer.deliveryAddressesJson(), json);
            customer.changeDeliveryAddresses(json);
        }
        if (request.invoiceAddress() != null) {
            String json = CustomerDetails.addressJson(request.invoiceAddress());
            changes.field("invoice_address", customer.invoiceAddressJson(), json);
            customer.changeInvoiceAddress(json);
        }
        if (request.notes() != null) {
            String notes = request.notes().isEmpty() ? null : request.notes();
            changes.field("notes", customer.notes(), notes);
            customer.changeNotes(notes);
        }
        if (!changes.isEmpty()) {
            audit.record(em, "customer.updated", "customer", customer.id(), changes);
            flush(customer.number());
        }
        return customer;
    }

    @Transactional
    public Customer archive(String id) {
        Customer customer = get(id);
        if (customer.status() == Customer.Status.ARCHIVED) {
            throw new Conflict("already-archived", "Customer " + id + " is already archived.");
        }
        audit.record(em, "customer.archived", "customer", customer.id(), new Changes().field("status", "active", "archived"));
        customer.archive(now());
        em.flush();
        return customer;
    }

    /** What the database keeps (DATETIME(6)), so the answer to a change equals every later read. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private boolean numberTaken(String number) {
        return customers().numberTaken(number);
    }

    private CustomerRepository customers() {
        return CustomerRepository.in(em);
    }

    private void requireFreeNumber(String number) {
        if (numberTaken(number)) {
            throw numberConflict(number);
        }
    }

    /** Two requests that chose the same number at once: the unique key refuses the second, which is a 409 like the check's. */
    private void flush(String number) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (DuplicateKey.causedBy(e)) {
                throw numberConflict(number);
            }
            throw e;
        }
    }

    private static Conflict numberConflict(String number) {
        return new Conflict("customer-number-taken", "Another customer already has the number " + number + ".");
    }

    private static String checkedNumber(String number, List<Violation> errors) {
        String trimmed = number.trim();
        if (trimmed.isEmpty()) {
            errors.add(new Violation("number", "must not be blank"));
        }
        return trimmed;
    }

    private static String checkedLanguage(String tag, List<Violation> errors) {
        return CustomerDetails.languageTag(tag).orElseGet(() -> {
            errors.add(new Violation("language", "is not a BCP 47 language tag with a known language, such as de or en-GB"));
            return null;
        });
    }

    private static Customer.Status parseStatus(String status) {
        return Arrays.stream(Customer.Status.values()).filter(s -> s.name().equalsIgnoreCase(status)).findFirst()
                .orElseThrow(() -> new RuleBroken("status", "must be one of active, archived"));
    }
}
