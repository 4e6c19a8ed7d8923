package io.flowline.orders;

import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A company that orders. Contacts and addresses are kept as JSON text (see {@link CustomerDetails}): they are always
 * read and written with the customer and never searched on their own.
 */
@Entity
@Table(name = "customers")
@NamedQuery(name = "Customer.countByNumber", query = "SELECT COUNT(c) FROM Customer c WHERE c.number = :number")
@NamedQuery(name = "Customer.numbers", query = "SELECT c.number FROM Customer c")
@NamedQuery(name = "Customer.allByNumber", query = "SELECT c FROM Customer c ORDER BY c.number")
public class Customer extends TenantOwned {
    public enum Status { ACTIVE, ARCHIVED }

    private String number;
    private String name;
    private String language;
    private String contacts;
    @Column(name = "delivery_addresses")
    private String deliveryAddresses;
    @Column(name = "invoice_address")
    private String invoiceAddress;
    private String notes;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "archived_at")
    private Instant archivedAt;

    protected Customer() {
    }

    Customer(String id, String number, String name, String language, Instant now) {
        super(id, now);
        this.number = number;
        this.name = name;
        this.language = language;
        this.status = Status.ACTIVE;
    }

    public String number() { return number; }
    public String name() { return name; }
    public String language() { return language; }
    public String contactsJson() { return contacts; }
    public String deliveryAddressesJson() { return deliveryAddresses; }
    public String invoiceAddressJson() { return invoiceAddress; }
    public String notes() { return notes; }
    public Status status() { return status; }
    public Instant archivedAt() { return archivedAt; }

    void renumber(String number) { this.number = number; }
    void rename(String name) { this.name = name; }
    void changeLanguage(String language) { this.language = language; }
    void changeContacts(String json) { this.contacts = json; }
    void changeDeliveryAddresses(String json) { this.deliveryAddresses = json; }
    void changeInvoiceAddress(String json) { this.invoiceAddress = json; }
    void changeNotes(String notes) { this.notes = notes; }

    void archive(Instant at) {
        this.status = Status.ARCHIVED;
        this.archivedAt = at;
    }
}
