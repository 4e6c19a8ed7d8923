package io.flowline.production;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A firm order to make a quantity of an item between two dates; production will add operations and reports to it. */
@Entity
@Table(name = "work_orders")
@NamedQuery(name = "WorkOrder.open", query = "SELECT w FROM WorkOrder w WHERE w.status IN :open ORDER BY w.id")
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
    /** The chosen option per option group (JSON text) of a configurable item; its material list is that configuration's. */
    private String configuration;

    protected WorkOrder() {
    }

    WorkOrder(String id, String number, String itemId, BigDecimal quantity, LocalDate startDate, LocalDate dueDate,
              String plannedOrderId, String salesOrderId, Instant now) {
        super(id, now);
        this.number = number;
        this.itemId = itemId;
        this.quantity = quantity;
        this.startDate = startDate;
        this.dueDate = dueDate;
        this.status = WorkOrderStatus.PLANNED;
        this.plannedOrderId = plannedOrderId;
        this.salesOrderId = salesOrderId;
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
    public String configurationJson() { return configuration; }

    void changeQuantity(BigDecimal quantity) { this.quantity = quantity; }
    void schedule(LocalDate start, LocalDate due) { this.startDate = start; this.dueDate = due; }

    void release(Instant at) {
        this.status = WorkOrderStatus.RELEASED;
        this.releasedAt = at;
    }

    void cancel() { this.status = WorkOrderStatus.CANCELLED; }
    void touched(Instant at) { this.updatedAt = at; }
    void configure(String configurationJson) { this.configuration = configurationJson; }
}
