package io.flowline.orders;

import java.math.BigDecimal;
import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Goods of one order line that the customer sent back, received into a quarantined lot until quality decides. Append-only. */
@Entity
@Table(name = "order_returns")
@NamedQuery(name = "OrderReturn.ofOrder", query = "SELECT r FROM OrderReturn r WHERE r.orderId = :order ORDER BY r.createdAt, r.id")
@NamedQuery(name = "OrderReturn.countOfLine", query = "SELECT COUNT(r) FROM OrderReturn r WHERE r.lineId = :line")
public class OrderReturn extends TenantOwned {
    @Column(name = "order_id")
    private String orderId;
    @Column(name = "line_id")
    private String lineId;
    @Column(name = "line_number")
    private int lineNumber;
    @Column(name = "item_id")
    private String itemId;
    private BigDecimal quantity;
    private String reason;
    @Column(name = "warehouse_id")
    private String warehouseId;
    @Column(name = "lot_id")
    private String lotId;
    @Column(name = "movement_id")
    private String movementId;
    @Column(name = "actor_type")
    private String actorType;
    @Column(name = "actor_id")
    private String actorId;

    protected OrderReturn() {
    }

    OrderReturn(String id, OrderLine line, BigDecimal quantity, String reason, String warehouseId, String lotId, String movementId,
                String actorType, String actorId, Instant now) {
        super(id, now);
        this.orderId = line.orderId();
        this.lineId = line.id();
        this.lineNumber = line.lineNumber();
        this.itemId = line.itemId();
        this.quantity = quantity;
        this.reason = reason;
        this.warehouseId = warehouseId;
        this.lotId = lotId;
        this.movementId = movementId;
        this.actorType = actorType;
        this.actorId = actorId;
    }

    public String orderId() { return orderId; }
    public String lineId() { return lineId; }
    public int lineNumber() { return lineNumber; }
    public String itemId() { return itemId; }
    public BigDecimal quantity() { return quantity; }
    public String reason() { return reason; }
    public String warehouseId() { return warehouseId; }
    public String lotId() { return lotId; }
    public String movementId() { return movementId; }
    public String actorType() { return actorType; }
    public String actorId() { return actorId; }
}
