package io.flowline.production;

import java.math.BigDecimal;
import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import io.flowline.production.engine.OperationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One step of a released work order, copied from the item's routing at release (so a later routing change leaves it as it
 * was planned), with what the shop floor reported against it. Times are in minutes, as operators report them.
 */
@Entity
@Table(name = "work_order_operations")
@NamedQuery(name = "WorkOrderOperation.ofWorkOrder", query = "SELECT o FROM WorkOrderOperation o WHERE o.workOrderId = :order ORDER BY o.sequence")
public class WorkOrderOperation extends TenantOwned {
    @Column(name = "work_order_id")
    private String workOrderId;
    @Column(name = "sequence_number")
    private int sequence;
    @Column(name = "work_center_id")
    private String workCenterId;
    private String description;
    @Column(name = "setup_minutes")
    private BigDecimal setupMinutes;
    @Column(name = "run_minutes_per_unit")
    private BigDecimal runMinutesPerUnit;
    @Column(name = "planned_minutes")
    private BigDecimal plannedMinutes;
    @Enumerated(EnumType.STRING)
    private OperationStatus status;
    @Column(name = "good_quantity")
    private BigDecimal goodQuantity;
    @Column(name = "scrap_quantity")
    private BigDecimal scrapQuantity;
    @Column(name = "labour_minutes")
    private BigDecimal labourMinutes;
    @Column(name = "machine_minutes")
    private BigDecimal machineMinutes;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected WorkOrderOperation() {
    }

    WorkOrderOperation(String id, String workOrderId, int sequence, String workCenterId, String description, BigDecimal setupMinutes,
                       BigDecimal runMinutesPerUnit, BigDecimal plannedMinutes, Instant now) {
        super(id, now);
        this.workOrderId = workOrderId;
        this.sequence = sequence;
        this.workCenterId = workCenterId;
        this.description = description;
        this.setupMinutes = setupMinutes;
        this.runMinutesPerUnit = runMinutesPerUnit;
        this.plannedMinutes = plannedMinutes;
        this.status = OperationStatus.PENDING;
        this.goodQuantity = BigDecimal.ZERO;
        this.scrapQuantity = BigDecimal.ZERO;
        this.labourMinutes = BigDecimal.ZERO;
        this.machineMinutes = BigDecimal.ZERO;
        this.updatedAt = now;
    }

    public String workOrderId() { return workOrderId; }
    public int sequence() { return sequence; }
    /** Null for the one operation of an item without a routing. */
    public String workCenterId() { return workCenterId; }
    public String description() { return description; }
    public BigDecimal setupMinutes() { return setupMinutes; }
    public BigDecimal runMinutesPerUnit() { return runMinutesPerUnit; }
    public BigDecimal plannedMinutes() { return plannedMinutes; }
    public OperationStatus status() { return status; }
    public BigDecimal goodQuantity() { return goodQuantity; }
    public BigDecimal scrapQuantity() { return scrapQuantity; }
    public BigDecimal labourMinutes() { return labourMinutes; }
    public BigDecimal machineMinutes() { return machineMinutes; }
    public Instant startedAt() { return startedAt; }
    public Instant completedAt() { return completedAt; }
    public Instant updatedAt() { return updatedAt; }

    void moveTo(OperationStatus next, Instant at) {
        if (next == OperationStatus.RUNNING && startedAt == null) {
            startedAt = at;
        }
        if (next == OperationStatus.DONE) {
            completedAt = at;
        }
        status = next;
        updatedAt = at;
    }

    void report(BigDecimal good, BigDecimal scrap, BigDecimal labour, BigDecimal machine, Instant at) {
        goodQuantity = goodQuantity.add(good);
        scrapQuantity = scrapQuantity.add(scrap);
        labourMinutes = labourMinutes.add(labour);
        machineMinutes = machineMinutes.add(machine);
        updatedAt = at;
    }
}
