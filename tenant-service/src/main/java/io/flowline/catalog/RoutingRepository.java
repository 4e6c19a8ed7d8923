package io.flowline.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.eclipse.persistence.config.QueryHints;

/** The routings of the entity manager's tenant: each item's operations. */
final class RoutingRepository {
    private final EntityManager em;

    private RoutingRepository(EntityManager em) {
        this.em = em;
    }

    static RoutingRepository in(EntityManager em) {
        return new RoutingRepository(em);
    }

    /** The item's operations in sequence. */
    List<RoutingOperation> operations(String itemId) {
        return em.createNamedQuery("RoutingOperation.ofItem", RoutingOperation.class).setParameter("item", itemId).getResultList();
    }

    /** The operation sequences of each item's routing (items without one left out). */
    Map<String, Set<Integer>> sequences(Collection<String> itemIds) {
        Map<String, Set<Integer>> sequences = new HashMap<>();
        BomLines.chunked(itemIds, chunk -> em.createNamedQuery("RoutingOperation.sequencesOfItems", Object[].class)
                .setParameter("items", chunk).getResultList())
                .forEach(o -> sequences.computeIfAbsent((String) o[0], k -> new HashSet<>()).add((Integer) o[1]));
        return sequences;
    }

    /** The operations of these items' routings, in no order, read-only: in chunks, one query per 500 items. */
    List<RoutingOperation> operationsOf(Collection<String> itemIds) {
        return BomLines.chunked(itemIds, chunk -> em.createNamedQuery("RoutingOperation.ofItems", RoutingOperation.class)
                .setParameter("items", chunk).setHint(QueryHints.READ_ONLY, true).getResultList());
    }

    void save(RoutingOperation operation) {
        em.persist(operation);
    }

    void remove(RoutingOperation operation) {
        em.remove(operation);
    }
}
