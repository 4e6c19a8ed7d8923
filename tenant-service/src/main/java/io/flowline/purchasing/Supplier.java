package io.flowline.purchasing;

import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import io.flowline.stock.PostalAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A company the tenant buys from. Archived rather than deleted, because purchase orders refer to it. */
@Entity
@NamedQuery(name = "Supplier.idsByCode", query = "SELECT s.id FROM Supplier s WHERE s.code = :code")
@Table(name = "suppliers")
public class Supplier extends TenantOwned {
    private String code;
    private String name;
    private String email;
    private String phone;
    @Embedded
    private PostalAddress address;
    private String currency;
    @Column(name = "default_lead_time_days")
    private Integer defaultLeadTimeDays;
    private boolean archived;

    protected Supplier() {
    }

    public Supplier(String id, String code, String name, Instant now) {
        super(id, now);
        this.code = code;
        this.name = name;
    }

    public String code() { return code; }
    public String name() { return name; }
    public String email() { return email; }
    public String phone() { return phone; }
    public PostalAddress address() { return address; }
    public String currency() { return currency; }
    public Integer defaultLeadTimeDays() { return defaultLeadTimeDays; }
    public boolean archived() { return archived; }

    void rename(String name) { this.name = name; }
    void contactAt(String email, String phone) { this.email = email; this.phone = phone; }
    void moveTo(PostalAddress address) { this.address = address; }
    void quoteIn(String currency) { this.currency = currency; }
    void deliverWithin(Integer days) { this.defaultLeadTimeDays = days; }
    void archive() { this.archived = true; }
}
