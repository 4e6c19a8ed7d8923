package io.flowline.production;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.flowline.platform.tenancy.TenantOwned;
import io.flowline.production.engine.WorkOrderStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A firm order to make a quantity of an item between two dates. Released, it gets its operations from the item's routing;
 * the good quantity its last operation reports is received into stock ({@code goodQuantity}), into its output lot for a
 * lot-tracked item.
 */
@Entity
@Table(name = "work_orders")
@NamedQuery(name = "WorkOrder.open", query = "SELECT w FROM WorkOrder w WHERE w.status IN :open ORDER BY w.id")
@NamedQuery(name = "WorkOrder.queue", query = "SELECT o, w FROM WorkOrderOperation o, WorkOrder w WHERE o.workOrderId = w.id"
        + " AND o.workCenterId = :center AND o.status IN :waiting AND w.status IN :onFloor ORDER BY w.dueDate, w.number, o.sequence")
@NamedQuery(name = "WorkOrder.openOfItems", query = "SELECT w FROM WorkOrder w WHERE w.status IN :open AND w.itemId IN :items ORDER BY w.id")
public class WorkOrder extends TenantOwned {
    private String number;
    @Column(name = "item_id")
    private String itemId;
    private BigDecimal quantity;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private WorkOrderStatus status;
    @Column(name = "planned_order_id")
    private String plannedOrderId;
    @Column(name = "sales_order_id")
    private String salesOrderId;
    @Column(name = "released_at")
    private Instant releasedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "good_quantity")
    private BigDecimal goodQuantity = BigDecimal.ZERO;
    @Column(name = "scrap_quantity")
    private BigDecimal scrapQuantity = BigDecimal.ZERO;
    @Column(name = "output_warehouse_id")
    private String outputWarehouseId;
    @Column(name = "output_location_id")
    private String outputLocationId;
    @Column(name = "output_lot_id")
    private String outputLotId;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    /** The chosen option per option group (JSON text) of a configurable item; its material list is that configuration's. */
    private String configuration;

    protected WorkOrder() {
    }

    WorkOrder(String id, String number, String itemId, BigDecimal quantity, LocalDate startDate, LocalDate dueDate,
              String plannedOrderId, String salesOrderId, String outputWarehouseId, String outputLocationId, Instant now) {
        super(id, now);
        this.number = number;
        this.itemId = itemId;
        this.quantity = quantity;
        this.startDate = startDate;
        this.dueDate = dueDate;
        this.status = WorkOrderStatus.PLANNED;
        this.plannedOrderId = plannedOrderId;
        this.salesOrderId = salesOrderId;
        this.outputWarehouseId = outputWarehouseId;
        this.outputLocationId = outputLocationId;
        this.updatedAt = now;
    }

    public String number() { return number; }
    public String itemId() { return itemId; }
    public BigDecimal quantity() { return quantity; }
    public LocalDate startDate() { return startDate; }
    public LocalDate dueDate() { return dueDate; }
    public WorkOrderStatus status() { return status; }
    public String plannedOrderId() { return plannedOrderId; }
    public String salesOrderId() { return salesOrderId; }
    public Instant releasedAt() { return releasedAt; }
    public Instant updatedAt() { return updatedAt; }
    /** What has been received into stock from its last operation. */
    public BigDecimal goodQuantity() { return goodQuantity; }
    /** What its operations have scrapped, all together. */
    public BigDecimal scrapQuantity() { return scrapQuantity; }
    public String outputWarehouseId() { return outputWarehouseId; }
    public String outputLocationId() { return outputLocationId; }
    public String outputLotId() { return outputLotId; }
    public Instant startedAt() { return startedAt; }
    public Instant completedAt() { return completedAt; }
    public Instant closedAt() { return closedAt; }

    /** Whether an operation has started: MRP no longer proposes cancelling it. */
    public boolean started() {
        return startedAt != null || status == WorkOrderStatus.IN_PROGRESS || status == WorkOrderStatus.COMPLETED || status == WorkOrderStatus.CLOSED;
    }

    /** What is still to come: the quantity ordered less the good quantity received, never below zero. */
    public BigDecimal remainingQuantity() {
        BigDecimal remaining = quantity.subtract(goodQuantity);
        return remaining.signum() < 0 ? BigDecimal.ZERO : remaining;
    }
    public String configurationJson() { return configuration; }

    void changeQuantity(BigDecimal quantity) { this.quantity = quantity; }
    void schedule(LocalDate start, LocalDate due) { this.startDate = start; this.dueDate = due; }

    void release(Instant at) {
        this.status = WorkOrderStatus.RELEASED;
        this.releasedAt = at;
    }

    void moveTo(WorkOrderStatus status, Instant at) {
        this.status = status;
        switch (status) {
            case IN_PROGRESS -> this.startedAt = this.startedAt == null ? at : this.startedAt;
            case COMPLETED -> this.completedAt = at;
            case CLOSED -> this.closedAt = at;
            default -> {
            }
        }
        this.updatedAt = at;
    }

    void sendOutputTo(String warehouseId, String locationId) {
        this.outputWarehouseId = warehouseId;
        this.outputLocationId = locationId;
    }

    void received(BigDecimal good, String lotId) {
        this.goodQuantity = this.goodQuantity.add(good);
        if (lotId != null) {
            this.outputLotId = lotId;
        }
    }

    void scrapped(BigDecimal scrap) { this.scrapQuantity = this.scrapQuantity.add(scrap); }

    void cancel() { this.status = WorkOrderStatus.CANCELLED; }
    void touched(Instant at) { this.updatedAt = at; }
    void configure(String configurationJson) { this.configuration = configurationJson; }
}
