package io.flowline.platform.audit;

import java.util.List;

import io.flowline.platform.failure.NotFound;
import io.flowline.platform.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** Reads the caller's audit trail, newest first. */
@ApplicationScoped
public class AuditTrail {
    @Inject
    EntityManager em;

    public List<AuditEvent> list(PageRequest page, String objectId, String actorId) {
        String jpql = "SELECT e FROM AuditEvent e WHERE 1 = 1"
                + (page.after() != null ? " AND e.id < :after" : "")
                + (objectId != null ? " AND e.objectId = :objectId" : "")
                + (actorId != null ? " AND e.actorId = :actorId" : "")
                + " ORDER BY e.id DESC";
        TypedQuery<AuditEvent> query = em.createQuery(jpql, AuditEvent.class).setMaxResults(page.fetchSize());
        if (page.after() != null) {
            query.setParameter("after", page.after());
        }
        if (objectId != null) {
            query.setParameter("objectId", objectId);
        }
        if (actorId != null) {
            query.setParameter("actorId", actorId);
        }
        return query.getResultList();
    }

    public AuditEvent get(String id) {
        AuditEvent event = em.find(AuditEvent.class, id);
        if (event == null) {
            throw new NotFound("audit_event", id);
        }
        return event;
    }
}
