package io.flowline.catalog;

import java.math.BigDecimal;
import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One step of an item's routing. */
@Entity
@NamedQueries({
        @NamedQuery(name = "RoutingOperation.ofItem", query = "SELECT o FROM RoutingOperation o WHERE o.itemId = :item ORDER BY o.sequence"),
        @NamedQuery(name = "RoutingOperation.sequencesOfItems", query = "SELECT o.itemId, o.sequence FROM RoutingOperation o WHERE o.itemId IN :items"),
        @NamedQuery(name = "RoutingOperation.ofItems", query = "SELECT o FROM RoutingOperation o WHERE o.itemId IN :items")
})
@Table(name = "routing_operations")
public class RoutingOperation extends TenantOwned {
    @Column(name = "item_id")
    private String itemId;
    @Column(name = "sequence_number")
    private int sequence;
    @Column(name = "work_center_id")
    private String workCenterId;
    private String description;
    @Column(name = "setup_hours")
    private BigDecimal setupHours;
    @Column(name = "run_hours_per_unit")
    private BigDecimal runHoursPerUnit;

    protected RoutingOperation() {
    }

    RoutingOperation(String id, String itemId, int sequence, String workCenterId, String description, BigDecimal setupHours,
                     BigDecimal runHoursPerUnit, Instant now) {
        super(id, now);
        this.itemId = itemId;
        this.sequence = sequence;
        this.workCenterId = workCenterId;
        this.description = description;
        this.setupHours = setupHours;
        this.runHoursPerUnit = runHoursPerUnit;
    }

    public String itemId() { return itemId; }
    public int sequence() { return sequence; }
    public String workCenterId() { return workCenterId; }
    public String description() { return description; }
    public BigDecimal setupHours() { return setupHours; }
    public BigDecimal runHoursPerUnit() { return runHoursPerUnit; }
}
