package io.flowline.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import jakarta.persistence.EntityManager;

import org.eclipse.persistence.config.QueryHints;

/** The work centres of the entity manager's tenant. */
final class WorkCenterRepository {
    private final EntityManager em;

    private WorkCenterRepository(EntityManager em) {
        this.em = em;
    }

    static WorkCenterRepository in(EntityManager em) {
        return new WorkCenterRepository(em);
    }

    /** A page of work centres, of one status when given, whose code or name contains {@code text} when given. */
    List<WorkCenter> list(PageRequest page, CatalogStatus status, String text) {
        return ListQuery.of(WorkCenter.class, "w").filter("w.status = :status", "status", status).whereContains(text, "w.code", "w.name")
                .list(em, page);
    }

    Optional<WorkCenter> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(WorkCenter.class, id));
    }

    void save(WorkCenter center) {
        em.persist(center);
    }

    /** The work centre that has this code, if any: codes are unique in a company. */
    Optional<WorkCenter> withCode(String code) {
        return em.createNamedQuery("WorkCenter.byCode", WorkCenter.class).setParameter("code", code).getResultList().stream().findFirst();
    }

    /** Every work centre, archived ones too, by code; read-only, for readers that change none. */
    List<WorkCenter> allByCode() {
        return em.createNamedQuery("WorkCenter.allByCode", WorkCenter.class).setHint(QueryHints.READ_ONLY, true).getResultList();
    }

    /** Work centres by id, unknown ids left out. */
    Map<String, WorkCenter> byId(Collection<String> ids) {
        Map<String, WorkCenter> centers = new HashMap<>();
        BomLines.chunked(ids, chunk -> em.createNamedQuery("WorkCenter.byIds", WorkCenter.class).setParameter("ids", chunk).getResultList())
                .forEach(w -> centers.put(w.id(), w));
        return centers;
    }
}
