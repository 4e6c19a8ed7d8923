package io.flowline.planning;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.flowline.api.planning.PlannedOrder.Peg;
import io.flowline.catalog.Item;
import io.flowline.catalog.ItemService;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.json.JsonbConfigurator;
import io.flowline.platform.numbering.NumberSeries;
import io.flowline.platform.numbering.OrderNumbers;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.problem.ApiProblem;
import io.flowline.inventory.PurchaseOrderService;
import io.flowline.production.WorkOrder;
import io.flowline.production.WorkOrderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

/** The proposals of MRP runs: read with their pegging, and released into work orders (purchase orders later). */
@ApplicationScoped
public class PlannedOrderService {
    private static final Set<String> KINDS = Set.of("make", "buy");

    @Inject
    EntityManager em;

    @Inject
    MrpRuns runs;

    @Inject
    WorkOrderService workOrders;

    @Inject
    PurchaseOrderService purchaseOrders;

    @Inject
    OrderNumbers numbers;

    @Inject
    AuditLog audit;

    public List<PlannedOrder> list(String runId, PageRequest page, String itemId, String kind) {
        MrpRun run = runs.get(runId);
        if (kind != null && !KINDS.contains(kind)) {
            throw new ApiProblem.Invalid("kind", "must be make or buy");
        }
        String jpql = "SELECT p FROM PlannedOrder p WHERE p.runId = :run"
                + (page.after() != null ? " AND p.id > :after" : "")
                + (itemId != null ? " AND p.itemId = :item" : "")
                + (kind != null ? " AND p.kind = :kind" : "")
                + " ORDER BY p.id";
        TypedQuery<PlannedOrder> query = em.createQuery(jpql, PlannedOrder.class).setParameter("run", run.id()).setMaxResults(page.fetchSize());
        if (page.after() != null) {
            query.setParameter("after", page.after());
        }
        if (itemId != null) {
            query.setParameter("item", itemId);
        }
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query.getResultList();
    }

    public PlannedOrder get(String id) {
        PlannedOrder order = id == null ? null : em.find(PlannedOrder.class, id);
        if (order == null) {
            throw new ApiProblem.NotFound("planned order", id);
        }
        return order;
    }

    /** The run whose unreleased proposals are in force; the others' are superseded. */
    public String latestRunId() {
        return runs.latestCompleted().map(MrpRun::id).orElse(null);
    }

    /** Item codes by id, for showing proposals. */
    public Map<String, String> itemCodes(List<PlannedOrder> orders) {
        Map<String, String> codes = new HashMap<>();
        ItemService.byId(em, orders.stream().map(PlannedOrder::itemId).toList()).forEach((id, item) -> codes.put(id, item.code()));
        return codes;
    }

    public static List<Peg> pegging(PlannedOrder order) {
        return order.peggingJson() == null ? List.of() : List.of(JsonbConfigurator.jsonb().fromJson(order.peggingJson(), Peg[].class));
    }

    /**
     * Deletes up to {@code limit} unreleased proposals of the runs before {@code runId} (retention: see {@link MrpRunner}), in a
     * transaction of its own; returns how many.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteUnreleasedBefore(String runId, int limit) {
        em.joinTransaction();
        List<String> ids = em.createQuery("SELECT p.id FROM PlannedOrder p WHERE p.runId < :run AND p.status = :planned", String.class)
                .setParameter("run", runId).setParameter("planned", PlannedOrder.PLANNED).setMaxResults(limit).getResultList();
        if (!ids.isEmpty()) {
            em.createQuery("DELETE FROM PlannedOrder p WHERE p.id IN :ids").setParameter("ids", ids).executeUpdate();
        }
        return ids.size();
    }

    /**
     * Turns a make proposal into a work order in status planned (firm, but not yet on the shop floor: releasing the work
     * order is production's own step) and marks the proposal released with a link to it. The row lock makes a second,
     * concurrent release wait and then see the first.
     */
    @Transactional
    public PlannedOrder release(String id) {
        // the counters first, before this transaction holds a connection (see OrderNumbers.prepare)
        numbers.prepare(NumberSeries.WORK_ORDER);
        numbers.prepare(NumberSeries.PURCHASE_ORDER);
        em.joinTransaction();
        PlannedOrder order = id == null ? null : em.find(PlannedOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new ApiProblem.NotFound("planned order", id);
        }
        if (order.released()) {
            throw new ApiProblem.Conflict("already-released", "Planned order " + order.id() + " is already released into "
                    + order.releasedInto() + ".");
        }
        if (!order.runId().equals(latestRunId())) {
            throw new ApiProblem.Conflict("superseded", "Planned order " + order.id() + " belongs to run " + order.runId()
                    + ", which a later run has superseded; release a proposal of the latest run.");
        }
        boolean buy = "buy".equals(order.kind());
        String released;
        try {
            released = buy ? purchase(order) : make(order);
        } catch (ApiProblem.Invalid itemChanged) { // the item was archived or changed make/buy since the run: nothing in the body to blame
            throw new ApiProblem.Conflict("item-changed", "Planned order " + order.id() + " can no longer be released as proposed: "
                    + itemChanged.errors().stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "))
                    + ". Run MRP again.");
        }
        order.release(buy ? null : released, buy ? released : null, Instant.now().truncatedTo(ChronoUnit.MICROS));
        audit.record(em, "planned_order.released", "planned_order", order.id(), new Changes().field("status", PlannedOrder.PLANNED,
                PlannedOrder.RELEASED).field("released_into", null, released));
        em.flush();
        return order;
    }

    private String make(PlannedOrder order) {
        Set<String> salesOrders = pegging(order).stream().map(Peg::salesOrderId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        WorkOrder workOrder = workOrders.create(new WorkOrderService.Draft(order.itemId(), order.quantity(), order.releaseDate(),
                order.dueDate(), salesOrders.size() == 1 ? salesOrders.iterator().next() : null, order.id()));
        return workOrder.id();
    }

    /** A buy proposal becomes a draft purchase order from the item's preferred supplier, due when the proposal is. */
    private String purchase(PlannedOrder order) {
        return purchaseOrders.draftForPlannedOrder(order.itemId(), order.quantity(), order.dueDate()).id();
    }
}
