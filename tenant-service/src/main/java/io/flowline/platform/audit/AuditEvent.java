package io.flowline.platform.audit;

import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One change made through the API. Append-only: nothing updates or deletes these rows. */
@Entity
@Table(name = "audit_events")
public class AuditEvent extends TenantOwned {
    @Column(name = "actor_type")
    private String actorType;
    @Column(name = "actor_id")
    private String actorId;
    private String action;
    @Column(name = "object_type")
    private String objectType;
    @Column(name = "object_id")
    private String objectId;
    /** JSON: {"field": {"from": "...", "to": "..."}}. */
    private String changes;

    protected AuditEvent() {
    }

    AuditEvent(String id, Instant at, String actorType, String actorId, String action, String objectType, String objectId, String changes) {
        super(id, at);
        this.actorType = actorType;
        this.actorId = actorId;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.changes = changes;
    }

    public String actorType() { return actorType; }
    public String actorId() { return actorId; }
    public String action() { return action; }
    public String objectType() { return objectType; }
    public String objectId() { return objectId; }
    public String changes() { return changes; }
}
