package io.flowline.production;

import java.math.BigDecimal;
import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A quantity of a component taken from stock for a work order: the ISSUE movement it was posted as, by place and lot. */
@Entity
@Table(name = "work_order_material_issues")
public class WorkOrderMaterialIssue extends TenantOwned {
    @Column(name = "work_order_id")
    private String workOrderId;
    @Column(name = "material_id")
    private String materialId;
    @Column(name = "item_id")
    private String itemId;
    private BigDecimal quantity;
    private String unit;
    @Column(name = "warehouse_id")
    private String warehouseId;
    @Column(name = "location_id")
    private String locationId;
    @Column(name = "lot_id")
    private String lotId;
    @Column(name = "posting_id")
    private String postingId;
    private boolean backflush;
    @Column(name = "actor_type")
    private String actorType;
    @Column(name = "actor_id")
    private String actorId;

    protected WorkOrderMaterialIssue() {
    }

    WorkOrderMaterialIssue(String id, String workOrderId, String materialId, String itemId, BigDecimal quantity, String unit, String warehouseId,
                           String locationId, String lotId, String postingId, boolean backflush, String actorType, String actorId, Instant now) {
        super(id, now);
        this.workOrderId = workOrderId;
        this.materialId = materialId;
        this.itemId = itemId;
        this.quantity = quantity;
        this.unit = unit;
        this.warehouseId = warehouseId;
        this.locationId = locationId;
        this.lotId = lotId;
        this.postingId = postingId;
        this.backflush = backflush;
        this.actorType = actorType;
        this.actorId = actorId;
    }

    public String workOrderId() { return workOrderId; }
    public String materialId() { return materialId; }
    public String itemId() { return itemId; }
    public BigDecimal quantity() { return quantity; }
    public String unit() { return unit; }
    public String warehouseId() { return warehouseId; }
    public String locationId() { return locationId; }
    public String lotId() { return lotId; }
    public String postingId() { return postingId; }
    public boolean backflush() { return backflush; }
    public String actorType() { return actorType; }
    public String actorId() { return actorId; }
}
