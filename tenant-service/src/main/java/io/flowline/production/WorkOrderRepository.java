package io.flowline.production;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.production.engine.OperationStatus;
import io.flowline.production.engine.WorkOrderStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** The stored work orders of the entity manager's tenant, with their operations and interruptions. */
final class WorkOrderRepository {
    /** Planned, released and in progress: the work orders that are still to be made (in progress: their remaining quantity). */
    private static final List<WorkOrderStatus> OPEN = List.of(WorkOrderStatus.PLANNED, WorkOrderStatus.RELEASED, WorkOrderStatus.IN_PROGRESS);
    private static final List<WorkOrderStatus> ON_THE_FLOOR = List.of(WorkOrderStatus.RELEASED, WorkOrderStatus.IN_PROGRESS);
    private static final List<OperationStatus> WAITING = List.of(OperationStatus.PENDING, OperationStatus.RUNNING, OperationStatus.PAUSED);

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

    /** The work order, its row locked until the transaction ends: the shop floor's changes to one order take turns. */
    Optional<WorkOrder> lock(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(WorkOrder.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    void add(WorkOrder order) {
        em.persist(order);
    }

    void add(WorkOrderOperation operation) {
        em.persist(operation);
    }

    void add(OperationInterruption interruption) {
        em.persist(interruption);
    }

    /** The work order's operations in sequence. */
    List<WorkOrderOperation> operations(String workOrderId) {
        return em.createNamedQuery("WorkOrderOperation.ofWorkOrder", WorkOrderOperation.class).setParameter("order", workOrderId).getResultList();
    }

    /** The work order's interruptions, oldest first. */
    List<OperationInterruption> interruptions(String workOrderId) {
        return em.createNamedQuery("OperationInterruption.ofWorkOrder", OperationInterruption.class).setParameter("order", workOrderId)
                .getResultList();
    }

    /** An operation not yet done at the work centre, with its work order. */
    record Queued(WorkOrderOperation operation, WorkOrder workOrder) {
    }

    /** The work centre's operations that are not done, of released and in-progress work orders: by due date, then sequence. */
    List<Queued> queue(String workCenterId, int limit) {
        return em.createNamedQuery("WorkOrder.queue", Object[].class).setParameter("center", workCenterId).setParameter("waiting", WAITING)
                .setParameter("onFloor", ON_THE_FLOOR).setMaxResults(limit).getResultList().stream()
                .map(row -> new Queued((WorkOrderOperation) row[0], (WorkOrder) row[1])).toList();
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
