package io.flowline.purchasing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.purchasing.engine.PurchaseOrderStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** The purchase orders of the entity manager's tenant with their lines. */
final class PurchaseOrderRepository {
    private final EntityManager em;

    private PurchaseOrderRepository(EntityManager em) {
        this.em = em;
    }

    static PurchaseOrderRepository in(EntityManager em) {
        return new PurchaseOrderRepository(em);
    }

    Optional<PurchaseOrder> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(PurchaseOrder.class, id));
    }

    /** The order, locked until the transaction ends. */
    PurchaseOrder lock(String id) {
        return em.find(PurchaseOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    List<PurchaseOrder> list(PageRequest page, PurchaseOrderStatus status, String supplierId, String itemId) {
        return ListQuery.of(PurchaseOrder.class, "p").filter("p.status = :status", "status", status)
                .filter("p.supplierId = :supplier", "supplier", supplierId)
                .filter("p.id IN (SELECT l.purchaseOrderId FROM PurchaseOrderLine l WHERE l.itemId = :item)", "item", itemId).list(em, page);
    }

    /** The lines of these orders, by order and line number. */
    List<PurchaseOrderLine> lines(Collection<String> orderIds) {
        return em.createNamedQuery("PurchaseOrderLine.ofOrders", PurchaseOrderLine.class).setParameter("orders", orderIds).getResultList();
    }

    /** The lines of orders in these statuses, of these items or all (empty), by item, expected date and id. */
    List<PurchaseOrderLine> linesIn(Collection<PurchaseOrderStatus> statuses, Collection<String> itemIds) {
        return (itemIds.isEmpty() ? em.createNamedQuery("PurchaseOrderLine.open", PurchaseOrderLine.class)
                : em.createNamedQuery("PurchaseOrderLine.openOfItems", PurchaseOrderLine.class).setParameter("items", itemIds))
                .setParameter("open", statuses).getResultList();
    }

    boolean numberTaken(String number) {
        return em.createNamedQuery("PurchaseOrder.countByNumber", Long.class).setParameter("number", number).getSingleResult() > 0;
    }

    void add(PurchaseOrder order) {
        em.persist(order);
    }

    void add(PurchaseOrderLine line) {
        em.persist(line);
    }
}
