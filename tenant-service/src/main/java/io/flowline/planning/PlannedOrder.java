package io.flowline.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An MRP proposal to make or buy an item, and the demands it covers (pegging, JSON). Stored status is planned or released;
 * an unreleased proposal of any run but the tenant's latest completed one is superseded, which is worked out on reading,
 * so a new run never rewrites the last one's rows. A run inserts them with {@link PlannedOrderRows}, not through this entity.
 */
@Entity
@Table(name = "planned_orders")
public class PlannedOrder extends TenantOwned {
    public static final String PLANNED = "planned";
    public static final String RELEASED = "released";
    public static final String SUPERSEDED = "superseded";

    @Column(name = "run_id")
    private String runId;
    @Column(name = "item_id")
    private String itemId;
    private String kind;
    private String configuration;
    private BigDecimal quantity;
    @Column(name = "release_date")
    private LocalDate releaseDate;
    @Column(name = "due_date")
    private LocalDate dueDate;
    private String status;
    @Column(name = "work_order_id")
    private String workOrderId;
    @Column(name = "purchase_order_id")
    private String purchaseOrderId;
    @Column(name = "released_at")
    private Instant releasedAt;
    private String pegging;

    protected PlannedOrder() {
    }

    public String runId() { return runId; }
    public String itemId() { return itemId; }
    public String kind() { return kind; }
    public String configurationJson() { return configuration; }
    public BigDecimal quantity() { return quantity; }
    public LocalDate releaseDate() { return releaseDate; }
    public LocalDate dueDate() { return dueDate; }
    public String storedStatus() { return status; }
    public String workOrderId() { return workOrderId; }
    public String purchaseOrderId() { return purchaseOrderId; }
    public Instant releasedAt() { return releasedAt; }
    public String peggingJson() { return pegging; }

    public boolean released() {
        return RELEASED.equals(status);
    }

    /** What the API shows: released, planned while its run is the latest completed one, else superseded. */
    public String status(String latestRunId) {
        return released() ? RELEASED : runId.equals(latestRunId) ? PLANNED : SUPERSEDED;
    }

    /** A make proposal is released into a work order, a buy proposal into a purchase order. */
    void release(String workOrderId, String purchaseOrderId, Instant at) {
        this.status = RELEASED;
        this.workOrderId = workOrderId;
        this.purchaseOrderId = purchaseOrderId;
        this.releasedAt = at;
    }

    /** The work order or purchase order it was released into. */
    public String releasedInto() {
        return workOrderId != null ? workOrderId : purchaseOrderId;
    }
}
