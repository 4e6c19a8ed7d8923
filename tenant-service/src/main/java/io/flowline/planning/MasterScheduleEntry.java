package io.flowline.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A quantity of an item planned to be needed by a date, beyond confirmed orders: demand MRP plans for. */
@Entity
@NamedQuery(name = "MasterScheduleEntry.dueFrom",
        query = "SELECT e FROM MasterScheduleEntry e WHERE e.dueDate >= :from ORDER BY e.itemId, e.dueDate, e.id")
@NamedQuery(name = "MasterScheduleEntry.forecastOfItemDue", query = "SELECT e FROM MasterScheduleEntry e WHERE e.itemId = :item"
        + " AND e.source = :forecast AND e.dueDate >= :from AND e.dueDate < :to")
@Table(name = "master_schedule_entries")
public class MasterScheduleEntry extends TenantOwned {
    public static final String MANUAL = "manual";
    public static final String FORECAST = "forecast";

    @Column(name = "item_id")
    private String itemId;
    @Column(name = "due_date")
    private LocalDate dueDate;
    private BigDecimal quantity;
    private String note;
    /** {@link #MANUAL}, or {@link #FORECAST} for an entry a forecast wrote (and the next one replaces). */
    private String source;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected MasterScheduleEntry() {
    }

    MasterScheduleEntry(String id, String itemId, LocalDate dueDate, BigDecimal quantity, String note, String source, Instant now) {
        super(id, now);
        this.source = source;
        this.itemId = itemId;
        this.dueDate = dueDate;
        this.quantity = quantity;
        this.note = note;
        this.updatedAt = now;
    }

    public String itemId() { return itemId; }
    public LocalDate dueDate() { return dueDate; }
    public BigDecimal quantity() { return quantity; }
    public String note() { return note; }
    public String source() { return source; }
    public Instant updatedAt() { return updatedAt; }

    /** A planner's change: the entry is manual from then on, whatever wrote it. */
    void change(LocalDate dueDate, BigDecimal quantity, String note, Instant now) {
        this.source = MANUAL;
        this.dueDate = dueDate;
        this.quantity = quantity;
        this.note = note;
        this.updatedAt = now;
    }
}
