package io.flowline.purchasing;

import java.util.List;
import java.util.Optional;

import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import jakarta.persistence.EntityManager;

/** The suppliers' terms per item in the entity manager's tenant. */
final class SupplierItemRepository {
    private final EntityManager em;

    private SupplierItemRepository(EntityManager em) {
        this.em = em;
    }

    static SupplierItemRepository in(EntityManager em) {
        return new SupplierItemRepository(em);
    }

    Optional<SupplierItem> find(String supplierId, String itemId) {
        return em.createNamedQuery("SupplierItem.ofSupplierAndItem", SupplierItem.class).setParameter("supplier", supplierId)
                .setParameter("item", itemId).getResultStream().findFirst();
    }

    List<SupplierItem> list(String supplierId, PageRequest page) {
        return ListQuery.of(SupplierItem.class, "s").where("s.supplierId = :supplier", "supplier", supplierId).list(em, page);
    }

    /** The terms of every item's preferred supplier. */
    List<SupplierItem> preferred() {
        return em.createNamedQuery("SupplierItem.preferred", SupplierItem.class).getResultList();
    }

    /** The terms of the item's preferred supplier (none or one). */
    List<SupplierItem> preferred(String itemId) {
        return em.createNamedQuery("SupplierItem.preferredOfItem", SupplierItem.class).setParameter("item", itemId).getResultList();
    }

    void add(SupplierItem terms) {
        em.persist(terms);
    }

    void remove(SupplierItem terms) {
        em.remove(terms);
    }
}
