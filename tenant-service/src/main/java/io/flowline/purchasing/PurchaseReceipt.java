package io.flowline.purchasing;

import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Goods that arrived against a purchase order, booked to stock in the same transaction. */
@Entity
@NamedQuery(name = "PurchaseReceipt.ofOrder", query = "SELECT r FROM PurchaseReceipt r WHERE r.purchaseOrderId = :order ORDER BY r.id")
@Table(name = "purchase_receipts")
public class PurchaseReceipt extends TenantOwned {
    @Column(name = "purchase_order_id")
    private String purchaseOrderId;
    @Column(name = "warehouse_id")
    private String warehouseId;
    @Column(name = "location_id")
    private String locationId;
    @Column(name = "actor_id")
    private String actorId;

    protected PurchaseReceipt() {
    }

    PurchaseReceipt(String id, String purchaseOrderId, String warehouseId, String locationId, String actorId, Instant now) {
        super(id, now);
        this.purchaseOrderId = purchaseOrderId;
        this.warehouseId = warehouseId;
        this.locationId = locationId;
        this.actorId = actorId;
    }

    public String purchaseOrderId() { return purchaseOrderId; }
    public String warehouseId() { return warehouseId; }
    public String locationId() { return locationId; }
    public String actorId() { return actorId; }
}
