package io.flowline.orders;

import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One entry of an order's timeline: its creation, a status change or an edit. Append-only. */
@Entity
@Table(name = "order_history")
@NamedQuery(name = "OrderHistoryEntry.ofOrder", query = "SELECT h FROM OrderHistoryEntry h WHERE h.orderId = :order ORDER BY h.createdAt, h.id")
@NamedQuery(name = "OrderHistoryEntry.statusChangesOfOrder",
        query = "SELECT h FROM OrderHistoryEntry h WHERE h.orderId = :order AND h.toStatus IS NOT NULL ORDER BY h.createdAt, h.id")
public class OrderHistoryEntry extends TenantOwned {
    public static final String CREATED = "created";
    public static final String STATUS_CHANGED = "status_changed";
    public static final String CHANGED = "changed";
    /** Part of the order shipped and the rest waits (partial shipments); the status stays until everything has shipped. */
    public static final String SHIPMENT = "shipment";
    /** Goods came back from the customer into quarantine. */
    public static final String RETURN = "return";

    @Column(name = "order_id")
    private String orderId;
    private String kind;
    private String action;
    @Column(name = "from_status")
    private String fromStatus;
    @Column(name = "to_status")
    private String toStatus;
    @Column(name = "actor_type")
    private String actorType;
    @Column(name = "actor_id")
    private String actorId;
    /** Changed fields with old and new values, as JSON text (the audit trail's shape). */
    private String changes;
    private String comment;

    protected OrderHistoryEntry() {
    }

    OrderHistoryEntry(String id, String orderId, String kind, String action, String fromStatus, String toStatus, String actorType,
                      String actorId, String changes, String comment, Instant at) {
        super(id, at);
        this.orderId = orderId;
        this.kind = kind;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actorType = actorType;
        this.actorId = actorId;
        this.changes = changes;
        this.comment = comment;
    }

    public String orderId() { return orderId; }
    public String kind() { return kind; }
    public String action() { return action; }
    public String fromStatus() { return fromStatus; }
    public String toStatus() { return toStatus; }
    public String actorType() { return actorType; }
    public String actorId() { return actorId; }
    public String changesJson() { return changes; }
    public String comment() { return comment; }
}
