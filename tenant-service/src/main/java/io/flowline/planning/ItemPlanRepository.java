package io.flowline.planning;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.eclipse.persistence.config.QueryHints;

/**
 * The caller's item plans, read by id range: a run's are the ids from {@code <run>-} to {@link ItemPlan#idsEnd}, in the
 * order the run lists its proposals. They are written by {@link ItemPlanRows}, in JDBC batches.
 */
@ApplicationScoped
public class ItemPlanRepository {
    @Inject
    EntityManager em;

    /** The item plan with this id, locked as asked; null for an unknown id, another tenant's, or none. */
    ItemPlan find(String id, LockModeType lock) {
        return em.find(ItemPlan.class, id, lock);
    }

    ItemPlan find(String id) {
        return find(id, LockModeType.NONE);
    }

    /** Whether the run wrote item plans (runs made before them wrote a row per proposal). */
    boolean anyOf(String runId) {
        return !em.createNamedQuery("ItemPlan.idsBetween", String.class)
                .setParameter("from", runId + "-").setParameter("to", ItemPlan.idsEnd(runId))
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Up to {@code limit} of the run's item plans from the id {@code from} on, in id order, of one item or kind if given; read-only. */
    List<ItemPlan> from(String runId, String from, String itemId, String kind, int limit) {
        String name = itemId == null ? (kind == null ? "ItemPlan.from" : "ItemPlan.fromOfKind")
                : (kind == null ? "ItemPlan.fromOfItem" : "ItemPlan.fromOfItemAndKind");
        var query = em.createNamedQuery(name, ItemPlan.class).setParameter("from", from).setParameter("to", ItemPlan.idsEnd(runId))
                .setMaxResults(limit).setHint(QueryHints.READ_ONLY, true);
        if (itemId != null) {
            query.setParameter("run", runId).setParameter("item", itemId);
        }
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query.getResultList();
    }

    /** The earliest run before {@code runId} that has item plans left. */
    Optional<String> earliestRunBefore(String runId) {
        return em.createNamedQuery("ItemPlan.runIdsBefore", String.class).setParameter("run", runId).setMaxResults(1).getResultList()
                .stream().findFirst();
    }

    /** Deletes the run's item plans in one statement; returns how many. */
    int deleteOf(String runId) {
        return em.createNamedQuery("ItemPlan.deleteBetween").setParameter("from", runId + "-").setParameter("to", ItemPlan.idsEnd(runId))
                .executeUpdate();
    }
}
