package io.flowline.production;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import jakarta.persistence.EntityManager;

/** The stored work orders of the entity manager's tenant. */
final class WorkOrderRepository {
    /** Planned and released: the work orders that are still to be made. */
    private static final List<WorkOrderStatus> OPEN = List.of(WorkOrderStatus.PLANNED, WorkOrderStatus.RELEASED);

    private final EntityManager em;

    private WorkOrderRepository(EntityManager em) {
        this.em = em;
    }

    /** The work orders seen through {@code em}: that entity manager's tenant and persistence context. */
    static WorkOrderRepository in(EntityManager em) {
        return new WorkOrderRepository(em);
    }

    Optional<WorkOrder> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(WorkOrder.class, id));
    }

    void add(WorkOrder order) {
        em.persist(order);
    }

    /** A page in id order, filtered by whichever of status, item and sales order are given. */
    List<WorkOrder> list(PageRequest page, WorkOrderStatus status, String itemId, String salesOrderId) {
        return ListQuery.of(WorkOrder.class, "w").filter("w.status = :status", "status", status).filter("w.itemId = :item", "item", itemId)
                .filter("w.salesOrderId = :order", "order", salesOrderId).list(em, page);
    }

    /** The open work orders, in id order. */
    List<WorkOrder> open() {
        return em.createNamedQuery("WorkOrder.open", WorkOrder.class).setParameter("open", OPEN).getResultList();
    }

    /** The open work orders of these items, in id order. */
    List<WorkOrder> open(Collection<String> itemIds) {
        return itemIds.isEmpty() ? List.of() : em.createNamedQuery("WorkOrder.openOfItems", WorkOrder.class).setParameter("open", OPEN)
                .setParameter("items", itemIds).getResultList();
    }
}
