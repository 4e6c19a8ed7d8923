package io.flowline.production;

import java.math.BigDecimal;
import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A component lot that went into an output lot, by a work order, and how much of it (what the ledger issued to that work order). */
@Entity
@Table(name = "lot_genealogy")
@NamedQuery(name = "GenealogyLink.ofWorkOrder", query = "SELECT g FROM GenealogyLink g WHERE g.workOrderId = :order AND g.outputLotId = :lot")
@NamedQuery(name = "GenealogyLink.components", query = "SELECT g FROM GenealogyLink g WHERE g.outputLotId = :lot ORDER BY g.id")
@NamedQuery(name = "GenealogyLink.usedIn", query = "SELECT g FROM GenealogyLink g WHERE g.componentLotId = :lot ORDER BY g.id")
public class GenealogyLink extends TenantOwned {
    @Column(name = "work_order_id")
    private String workOrderId;
    @Column(name = "output_lot_id")
    private String outputLotId;
    @Column(name = "output_item_id")
    private String outputItemId;
    @Column(name = "component_lot_id")
    private String componentLotId;
    @Column(name = "component_item_id")
    private String componentItemId;
    private BigDecimal quantity;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected GenealogyLink() {
    }

    GenealogyLink(String id, String workOrderId, String outputLotId, String outputItemId, String componentLotId, String componentItemId,
                  BigDecimal quantity, Instant now) {
        super(id, now);
        this.workOrderId = workOrderId;
        this.outputLotId = outputLotId;
        this.outputItemId = outputItemId;
        this.componentLotId = componentLotId;
        this.componentItemId = componentItemId;
        this.quantity = quantity;
        this.updatedAt = now;
    }

    public String workOrderId() { return workOrderId; }
    public String outputLotId() { return outputLotId; }
    public String outputItemId() { return outputItemId; }
    public String componentLotId() { return componentLotId; }
    public String componentItemId() { return componentItemId; }
    public BigDecimal quantity() { return quantity; }
    public Instant updatedAt() { return updatedAt; }

    void changeQuantity(BigDecimal quantity, Instant at) {
        this.quantity = quantity;
        this.updatedAt = at;
    }
}
