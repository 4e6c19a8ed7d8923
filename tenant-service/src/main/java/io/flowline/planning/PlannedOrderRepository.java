package io.flowline.planning;

import java.time.LocalDate;
import java.util.List;

import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.eclipse.persistence.config.QueryHints;

/**
 * The caller's planned orders that have rows of their own: the released proposals, and every proposal of a run made before
 * item plans (a run's proposals are read from its {@link ItemPlan}s, see {@link ItemPlanRepository}).
 */
@ApplicationScoped
public class PlannedOrderRepository {
    @Inject
    EntityManager em;

    /** A proposal's row, written as it was read from its item plan (a flush makes a second release's duplicate key show). */
    void save(PlannedOrder order) {
        em.persist(order);
        em.flush();
    }

    /** The row with this id, locked as asked; null for an unknown id, another tenant's, or none. */
    PlannedOrder find(String id, LockModeType lock) {
        return id == null ? null : em.find(PlannedOrder.class, id, lock);
    }

    PlannedOrder find(String id) {
        return find(id, LockModeType.NONE);
    }

    /** A run's rows in id order, filtered by status, item and kind where given. */
    List<PlannedOrder> list(String runId, String status, String itemId, String kind, PageRequest page) {
        return ListQuery.of(PlannedOrder.class, "p").where("p.runId = :run", "run", runId).filter("p.status = :status", "status", status)
                .filter("p.itemId = :item", "item", itemId).filter("p.kind = :kind", "kind", kind).list(em, page);
    }

    /** The rows with these ids, unknown ids left out. */
    List<PlannedOrder> byIds(List<String> ids) {
        return em.createNamedQuery("PlannedOrder.byIds", PlannedOrder.class).setParameter("ids", ids).getResultList();
    }

    /** The run's unreleased rows of a kind to be released from {@code from} to {@code to}, read-only. */
    List<PlannedOrder> toRelease(String runId, String kind, LocalDate from, LocalDate to) {
        return em.createNamedQuery("PlannedOrder.ofRunToRelease", PlannedOrder.class)
                .setParameter("run", runId).setParameter("kind", kind).setParameter("planned", PlannedOrder.PLANNED)
                .setParameter("from", from).setParameter("to", to).setHint(QueryHints.READ_ONLY, true).getResultList();
    }

    /** The ids of the run's rows: for a run with item plans, its released proposals. */
    List<String> idsOfRun(String runId) {
        return em.createNamedQuery("PlannedOrder.idsOfRun", String.class).setParameter("run", runId).getResultList();
    }

    /** Up to {@code limit} ids of unreleased rows of the runs before {@code runId}. */
    List<String> unreleasedIdsBefore(String runId, int limit) {
        return em.createNamedQuery("PlannedOrder.unreleasedIdsBefore", String.class)
                .setParameter("run", runId).setParameter("planned", PlannedOrder.PLANNED).setMaxResults(limit).getResultList();
    }

    /** Deletes the rows with these ids in one statement. */
    void delete(List<String> ids) {
        em.createNamedQuery("PlannedOrder.deleteByIds").setParameter("ids", ids).executeUpdate();
    }
}
