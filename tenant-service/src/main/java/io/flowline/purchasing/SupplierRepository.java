package io.flowline.purchasing;

import java.util.List;
import java.util.Optional;

import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import jakarta.persistence.EntityManager;

/** The suppliers of the entity manager's tenant. */
final class SupplierRepository {
    private final EntityManager em;

    private SupplierRepository(EntityManager em) {
        this.em = em;
    }

    static SupplierRepository in(EntityManager em) {
        return new SupplierRepository(em);
    }

    Optional<Supplier> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Supplier.class, id));
    }

    boolean codeTaken(String code) {
        return !em.createNamedQuery("Supplier.idsByCode", String.class).setParameter("code", code).getResultList().isEmpty();
    }

    List<Supplier> list(PageRequest page, boolean includeArchived) {
        return ListQuery.of(Supplier.class, "s").filter("s.archived = :archived", "archived", includeArchived ? null : false).list(em, page);
    }

    void add(Supplier supplier) {
        em.persist(supplier);
    }
}
