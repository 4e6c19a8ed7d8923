package io.flowline.purchasing;

import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import io.flowline.purchasing.engine.PurchaseOrderStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An order to a supplier, with a gap-free number; its lines are {@link PurchaseOrderLine}s. */
@Entity
@NamedQuery(name = "PurchaseOrder.countByNumber", query = "SELECT COUNT(p) FROM PurchaseOrder p WHERE p.number = :number")
@Table(name = "purchase_orders")
public class PurchaseOrder extends TenantOwned {
    private String number;
    @Column(name = "supplier_id")
    private String supplierId;
    @Enumerated(EnumType.STRING)
    private PurchaseOrderStatus status;
    private String currency;
    private String notes;
    @Column(name = "external_reference")
    private String externalReference;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PurchaseOrder() {
    }

    PurchaseOrder(String id, String number, String supplierId, String currency, Instant now) {
        super(id, now);
        this.number = number;
        this.supplierId = supplierId;
        this.currency = currency;
        this.status = PurchaseOrderStatus.DRAFT;
        this.updatedAt = now;
    }

    public String number() { return number; }
    public String supplierId() { return supplierId; }
    public PurchaseOrderStatus status() { return status; }
    public String currency() { return currency; }
    public String notes() { return notes; }
    public String externalReference() { return externalReference; }
    public Instant updatedAt() { return updatedAt; }

    void moveTo(PurchaseOrderStatus status, Instant at) { this.status = status; this.updatedAt = at; }
    void changeNotes(String notes) { this.notes = notes; }
    void changeExternalReference(String reference) { this.externalReference = reference; }
    void touched(Instant at) { this.updatedAt = at; }
}
