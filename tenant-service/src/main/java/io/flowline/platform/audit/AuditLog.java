package io.flowline.platform.audit;

import java.time.Instant;

import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.json.JsonbConfigurator;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Writes the audit trail in the same transaction as the change it describes, so a change and its
 * record commit or roll back together.
 */
@ApplicationScoped
public class AuditLog {
    public static final String PREFIX = "aud";

    @Inject
    TenantContext caller;

    /** A change by the authenticated caller, through the caller's entity manager. */
    public void record(EntityManager em, String action, String objectType, String objectId, Changes changes) {
        record(em, caller.actorType(), caller.actorId(), action, objectType, objectId, changes);
    }

    /** A change by a named actor (sign-up, invitation acceptance), before any token exists. */
    public void record(EntityManager em, String actorType, String actorId, String action, String objectType, String objectId, Changes changes) {
        String json = changes == null || changes.isEmpty() ? null : JsonbConfigurator.jsonb().toJson(changes.asMap());
        em.persist(new AuditEvent(PublicIds.next(PREFIX), Instant.now(), actorType, actorId, action, objectType, objectId, json));
    }
}
