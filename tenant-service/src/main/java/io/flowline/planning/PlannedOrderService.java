package io.flowline.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.flowline.catalog.Item;
import io.flowline.catalog.ItemCatalog;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.numbering.NumberSeries;
import io.flowline.platform.numbering.OrderNumbers;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.persistence.DuplicateKey;
import io.flowline.production.WorkOrder;
import io.flowline.production.WorkOrderMaterials;
import io.flowline.production.WorkOrderService;
import io.flowline.purchasing.PurchaseOrderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/** The proposals of MRP runs: read with their pegging, and released into work orders (purchase orders later). */
@ApplicationScoped
public class PlannedOrderService {
    private static final Set<String> KINDS = Set.of("make", "buy");
    /** Item plans read per query: an item has a few dozen orders, a page holds at most a hundred. */
    private static final int ITEM_PLANS_READ = 20;

    @Inject
    EntityManager em;

    @Inject
    PlannedOrderRepository rows;

    @Inject
    ItemPlanRepository itemPlans;

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

    /**
     * A run's planned orders in id order, which is the order of its item plans and of the orders within each: read from the
     * item plans with released rows in place of the proposals they were, or, for a run whose unreleased proposals are no longer
     * kept or that was made before item plans, from the rows alone.
     */
    public List<PlannedOrder> list(String runId, PageRequest page, String itemId, String kind) {
        MrpRun run = runs.get(runId);
        if (kind != null && !KINDS.contains(kind)) {
            throw new RuleBroken("kind", "must be make or buy");
        }
        ItemPlan.Position after = page.after() == null ? null : ItemPlan.position(page.after());
        if (after != null && !after.runId().equals(run.id())) {
            throw new RuleBroken("cursor", "is not a cursor of this run's planned orders");
        }
        boolean kept = runs.keepsProposals(run);
        if (kept && itemPlans.anyOf(run.id())) {
            if (page.after() != null && after == null) {
                throw new RuleBroken("cursor", "is not a cursor of this run's planned orders");
            }
            return released(proposals(run.id(), page, after, itemId, kind));
        }
        return rows.list(run.id(), kept ? null : PlannedOrder.RELEASED, itemId, kind, page); // unreleased proposals no longer kept
    }

    /** A page of the run's proposals after the cursor, read from its item plans a few at a time. */
    private List<PlannedOrder> proposals(String runId, PageRequest page, ItemPlan.Position after, String itemId, String kind) {
        String from = after == null ? runId + "-" : after.itemPlanId();
        List<PlannedOrder> orders = new ArrayList<>(page.fetchSize());
        while (orders.size() < page.fetchSize()) {
            List<ItemPlan> plans = itemPlans.from(runId, from, itemId, kind, ITEM_PLANS_READ);
            for (ItemPlan plan : plans) {
                for (PlannedOrder order : plan.plannedOrders()) {
                    if ((page.after() == null || order.id().compareTo(page.after()) > 0) && orders.size() < page.fetchSize()) {
                        orders.add(order);
                    }
                }
            }
            if (plans.size() < ITEM_PLANS_READ) {
                break;
            }
            from = plans.get(plans.size() - 1).id() + "!"; // past the last one read ('!' sorts before every digit)
        }
        return orders;
    }

    /** The proposals, each replaced by its row where it has been released. */
    private List<PlannedOrder> released(List<PlannedOrder> proposals) {
        if (proposals.isEmpty()) {
            return proposals;
        }
        Map<String, PlannedOrder> released = new HashMap<>();
        rows.byIds(proposals.stream().map(PlannedOrder::id).toList()).forEach(p -> released.put(p.id(), p));
        return proposals.stream().map(p -> released.getOrDefault(p.id(), p)).toList();
    }

    /**
     * The unreleased proposals of a run of the given kind (make or buy) released from {@code from} to {@code to}: what a
     * capacity check loads. Read an item plan chunk at a time, without pegs.
     */
    public List<ItemPlan.Release> unreleased(String runId, String kind, LocalDate from, LocalDate to) {
        if (!itemPlans.anyOf(runId)) {
            return rows.toRelease(runId, kind, from, to).stream()
                    .map(p -> new ItemPlan.Release(p.id(), p.itemId(), p.quantity(), p.releaseDate())).toList();
        }
        Set<String> released = new HashSet<>(rows.idsOfRun(runId));
        List<ItemPlan.Release> releases = new ArrayList<>();
        String after = runId + "-";
        List<ItemPlan> plans;
        do {
            plans = itemPlans.from(runId, after, null, kind, ITEM_PLANS_READ * 10);
            for (ItemPlan plan : plans) {
                plan.releases(from, to).stream().filter(r -> !released.contains(r.plannedOrderId())).forEach(releases::add);
                after = plan.id() + "!";
            }
        } while (plans.size() == ITEM_PLANS_READ * 10);
        return releases;
    }

    public PlannedOrder get(String id) {
        PlannedOrder order = rows.find(id);
        if (order != null && (order.released() || runs.keepsProposals(runs.get(order.runId())))) {
            return order;
        }
        ItemPlan.Position position = ItemPlan.position(id);
        MrpRun run = position == null ? null : runs.find(position.runId());
        if (run != null && runs.keepsProposals(run)) {
            ItemPlan plan = itemPlans.find(position.itemPlanId());
            if (plan != null) {
                List<PlannedOrder> orders = plan.plannedOrders();
                if (position.order() < orders.size()) {
                    return orders.get(position.order());
                }
            }
        }
        throw new NotFound("planned order", id);
    }

    /** The run whose unreleased proposals are in force; the others' are superseded. */
    public String latestRunId() {
        return runs.latestCompleted().map(MrpRun::id).orElse(null);
    }

    /** Item codes by id, for showing proposals. */
    public Map<String, String> itemCodes(List<PlannedOrder> orders) {
        return ItemCatalog.in(em).codes(orders.stream().map(PlannedOrder::itemId).toList());
    }

    /**
     * Deletes unreleased proposals of the runs before {@code runId} (retention: see {@link MrpRunner}) in a transaction of its
     * own: up to {@code limit} rows of runs made before item plans, or else one run's item plans, by their id range in one
     * statement (a run's are a few thousand rows). Returns how many rows it deleted.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteUnreleasedBefore(String runId, int limit) {
        List<String> ids = rows.unreleasedIdsBefore(runId, limit);
        if (!ids.isEmpty()) {
            rows.delete(ids);
            return ids.size();
        }
        return itemPlans.earliestRunBefore(runId).map(itemPlans::deleteOf).orElse(0);
    }

    /**
     * Turns a make proposal into a work order in status planned (firm, but not yet on the shop floor: releasing the work
     * order is production's own step) and marks the proposal released with a link to it: a proposal read from its item plan
     * first gets its own row. The lock on the item plan (or, for a run made before item plans, on the row) makes a second,
     * concurrent release wait and then see the first.
     */
    @Transactional
    public PlannedOrder release(String id) {
        // the counters first, before this transaction holds a connection (see OrderNumbers.prepare)
        numbers.prepare(NumberSeries.WORK_ORDER);
        numbers.prepare(NumberSeries.PURCHASE_ORDER);
        ItemPlan.Position position = ItemPlan.position(id);
        ItemPlan plan = position == null ? null : itemPlans.find(position.itemPlanId(), LockModeType.PESSIMISTIC_WRITE);
        // the item plan's lock makes releases of its proposals take turns, and under READ COMMITTED the row a turn before
        // committed is seen; a run's rows made before item plans are locked themselves
        PlannedOrder row = rows.find(id, plan != null ? LockModeType.NONE : LockModeType.PESSIMISTIC_WRITE);
        PlannedOrder order = row != null ? row : plan != null && position.order() < plan.orderCount() ? plan.plannedOrders().get(position.order()) : null;
        if (order == null) {
            throw new NotFound("planned order", id);
        }
        if (order.released()) {
            throw new Conflict("already-released", "Planned order " + order.id() + " is already released into "
                    + order.releasedInto() + ".");
        }
        if (!order.runId().equals(latestRunId())) {
            throw new Conflict("superseded", "Planned order " + order.id() + " belongs to run " + order.runId()
                    + ", which a later run has superseded; release a proposal of the latest run.");
        }
        if (row == null) {
            try {
                rows.save(order); // the proposal as it was (version 1), then released
            } catch (PersistenceException e) {
                if (DuplicateKey.causedBy(e)) {
                    throw new Conflict("already-released", "Planned order " + order.id() + " has just been released.");
                }
                throw e;
            }
        }
        boolean buy = "buy".equals(order.kind());
        String released;
        try {
            released = buy ? purchase(order) : make(order);
        } catch (RuleBroken itemChanged) { // the item was archived or changed make/buy since the run: nothing in the body to blame
            throw new Conflict("item-changed", "Planned order " + order.id() + " can no longer be released as proposed: "
                    + itemChanged.violations().stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "))
                    + ". Run MRP again.");
        }
        order.release(buy ? null : released, buy ? released : null, Instant.now().truncatedTo(ChronoUnit.MICROS));
        audit.record(em, "planned_order.released", "planned_order", order.id(), new Changes().field("status", PlannedOrder.PLANNED,
                PlannedOrder.RELEASED).field("released_into", null, released));
        em.flush();
        return order;
    }

    private String make(PlannedOrder order) {
        Set<String> salesOrders = order.pegs().stream().map(PlannedOrder.Peg::salesOrderId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        // A proposal for one configuration of an assemble-to-order item hands it on: the work order's material list is its BOM.
        WorkOrder workOrder = workOrders.create(new WorkOrderService.Draft(order.itemId(), order.quantity(), order.releaseDate(),
                order.dueDate(), salesOrders.size() == 1 ? salesOrders.iterator().next() : null, order.id(),
                WorkOrderMaterials.choices(order.configurationJson())));
        return workOrder.id();
    }

    /** A buy proposal becomes a draft purchase order from the item's preferred supplier, due when the proposal is. */
    private String purchase(PlannedOrder order) {
        return purchaseOrders.draftForPlannedOrder(order.itemId(), order.quantity(), order.dueDate()).id();
    }
}
