package io.flowline.production;

import java.util.List;

import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import jakarta.persistence.EntityManager;

/** A work order's material list and the issues made against it, of the entity manager's tenant. */
final class WorkOrderMaterialRepository {
    private final EntityManager em;

    private WorkOrderMaterialRepository(EntityManager em) {
        this.em = em;
    }

    static WorkOrderMaterialRepository in(EntityManager em) {
        return new WorkOrderMaterialRepository(em);
    }

    /** The material list of a work order, in line order; empty until it is released. */
    List<WorkOrderMaterial> lines(String workOrderId) {
        return em.createNamedQuery("WorkOrderMaterial.ofWorkOrder", WorkOrderMaterial.class).setParameter("order", workOrderId).getResultList();
    }

    void add(WorkOrderMaterial line) {
        em.persist(line);
    }

    void add(WorkOrderMaterialIssue issue) {
        em.persist(issue);
    }

    /** A page of a work order's issues, oldest first. */
    List<WorkOrderMaterialIssue> issues(String workOrderId, PageRequest page) {
        return ListQuery.of(WorkOrderMaterialIssue.class, "i").filter("i.workOrderId = :order", "order", workOrderId).list(em, page);
    }
}
