package io.flowline.platform.audit;

import java.util.List;

import io.flowline.platform.failure.NotFound;
import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Reads the caller's audit trail, newest first. */
@ApplicationScoped
public class AuditTrail {
    @Inject
    EntityManager em;

    public List<AuditEvent> list(PageRequest page, String objectId, String actorId) {
        return ListQuery.of(AuditEvent.class, "e").filter("e.objectId = :objectId", "objectId", objectId)
                .filter("e.actorId = :actorId", "actorId", actorId).newestFirst().list(em, page);
    }

    public AuditEvent get(String id) {
        AuditEvent event = em.find(AuditEvent.class, id);
        if (event == null) {
            throw new NotFound("audit_event", id);
        }
        return event;
    }
}
