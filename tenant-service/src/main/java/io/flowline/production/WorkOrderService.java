package io.flowline.production;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.flowline.catalog.Item;
import io.flowline.catalog.ItemCatalog;
import io.flowline.catalog.ItemKind;
import io.flowline.catalog.MakeOrBuy;
import io.flowline.catalog.RoutingOperation;
import io.flowline.catalog.RoutingService;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.failure.Violation;
import io.flowline.platform.numbering.NumberSeries;
import io.flowline.platform.numbering.OrderNumbers;
import io.flowline.orders.OrderService;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.audit.AuditEvent;
import io.flowline.platform.audit.AuditTrail;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.production.engine.IllegalAction;
import io.flowline.production.engine.WorkOrderAction;
import io.flowline.production.engine.WorkOrderLifecycle;
import io.flowline.production.engine.WorkOrderStatus;
import io.flowline.stock.StorageLocation;
import io.flowline.stock.Warehouse;
import io.flowline.stock.WarehouseRepository;
import io.flowline.stock.WarehouseService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Work orders: numbered from the tenant's gap-free WO series, changed with If-Match while planned, then moved by explicit
 * actions (release, close, cancel; see {@link WorkOrderLifecycle}); the shop floor moves them in between
 * ({@link ShopFloorService}). Release copies the item's routing into the order's operations. Every change goes to the audit
 * trail in the same transaction, which is also the work order's timeline.
 */
@ApplicationScoped
public class WorkOrderService {
    public static final String PREFIX = "wor";

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    OrderNumbers numbers;

    @Inject
    OrderService salesOrders;

    @Inject
    RoutingService routings;

    @Inject
    WarehouseService warehouses;

    @Inject
    AuditTrail auditTrail;

    /** The operation an item without a routing gets, so that its output is reported like any other's. */
    static final int SOLE_OPERATION = 10;
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    /**
     * What a work order is made from, checked; the planned order it came from, if any; where its output goes (null: the
     * company's default warehouse when it is received).
     */
    public record Draft(String itemId, BigDecimal quantity, LocalDate startDate, LocalDate dueDate, String salesOrderId, String plannedOrderId,
                        String outputWarehouseId, String outputLocationId, Map<String, String> configuration) {
        public Draft(String itemId, BigDecimal quantity, LocalDate startDate, LocalDate dueDate, String salesOrderId, String plannedOrderId) {
            this(itemId, quantity, startDate, dueDate, salesOrderId, plannedOrderId, null, null, null);
        }

        public Draft(String itemId, BigDecimal quantity, LocalDate startDate, LocalDate dueDate, String salesOrderId, String plannedOrderId,
                     Map<String, String> configuration) {
            this(itemId, quantity, startDate, dueDate, salesOrderId, plannedOrderId, null, null, configuration);
        }
    }

    @Inject
    WorkOrderMaterials materials;

    public List<WorkOrder> list(PageRequest page, String status, String itemId, String salesOrderId) {
        WorkOrderStatus wanted = status == null ? null : WorkOrderStatus.parse(status)
                .orElseThrow(() -> new RuleBroken("status", "must be one of " + WorkOrderStatus.allNames()));
        return workOrders().list(page, wanted, itemId, salesOrderId);
    }

    public WorkOrder get(String id) {
        return workOrders().find(id).orElseThrow(() -> new NotFound("work order", id));
    }

    /**
     * Planned, released and in-progress work orders: what MRP counts as scheduled receipts (each with its
     * {@link WorkOrder#remainingQuantity()}) and capacity planning as load.
     */
    public List<WorkOrder> open() {
        return workOrders().open();
    }

    /** The open work orders of these items. */
    public List<WorkOrder> open(Collection<String> itemIds) {
        return workOrders().open(itemIds);
    }

    /** Creates a planned work order in the caller's transaction (or its own): planning releases its proposals through this too. */
    @Transactional
    public WorkOrder create(Draft draft) {
        numbers.prepare(NumberSeries.WORK_ORDER); // before this transaction holds a connection
        List<Violation> errors = new ArrayList<>();
        Item item = ItemCatalog.in(em).find(draft.itemId()).orElse(null);
        if (item == null) {
            errors.add(new Violation("item_id", "is not an item of yours"));
        } else if (item.archived()) {
            errors.add(new Violation("item_id", "is archived"));
        } else if (item.makeOrBuy() != MakeOrBuy.MAKE || item.kind() == ItemKind.SERVICE) {
            errors.add(new Violation("item_id", "is not made in house (make_or_buy is " + item.makeOrBuy().apiName() + ")"));
        }
        checkDates(draft.startDate(), draft.dueDate(), errors);
        if (draft.salesOrderId() != null && !salesOrders.exists(draft.salesOrderId())) {
            errors.add(new Violation("sales_order_id", "is not an order of yours"));
        }
        checkOutput(draft.outputWarehouseId(), draft.outputLocationId(), errors);
        String configuration = item == null ? null : materials.checkedConfiguration(item, draft.configuration(), errors);
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        Instant now = now();
        // Taken as late as possible: from here to commit, other creations of this tenant wait for the counter row.
        String number = numbers.next(em, NumberSeries.WORK_ORDER);
        WorkOrder order = new WorkOrder(PublicIds.next(PREFIX), number, item.id(), draft.quantity(), draft.startDate(), draft.dueDate(),
                draft.plannedOrderId(), draft.salesOrderId(), draft.outputWarehouseId(), draft.outputLocationId(), now);
        order.configure(configuration);
        workOrders().add(order);
        audit.record(em, "work_order.created", "work_order", order.id(), new Changes().field("number", null, number)
                .field("item_id", null, item.id()).field("quantity", null, draft.quantity()).field("due_date", null, draft.dueDate())
                .field("planned_order_id", null, draft.plannedOrderId()));
        em.flush();
        return order;
    }

    @Transactional
    public WorkOrder update(String id, String ifMatch, WorkOrderChanges request) {
        WorkOrder order = get(id); // another tenant's work order is a 404 before anything about the body is said
        OptimisticLocking.requireMatch(ifMatch, order.version());
        requireStatus(order, WorkOrderStatus.PLANNED, "changed");
        LocalDate start = request.startDate() != null ? request.startDate() : order.startDate();
        LocalDate due = request.dueDate() != null ? request.dueDate() : order.dueDate();
        List<Violation> errors = new ArrayList<>();
        checkDates(start, due, errors);
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        Changes changes = new Changes();
        if (request.quantity() != null && request.quantity().compareTo(order.quantity()) != 0) {
            changes.field("quantity", order.quantity(), request.quantity());
            order.changeQuantity(request.quantity());
        }
        changes.field("start_date", order.startDate(), start).field("due_date", order.dueDate(), due);
        order.schedule(start, due);
        if (!changes.isEmpty()) {
            order.touched(now());
            audit.record(em, "work_order.changed", "work_order", order.id(), changes);
            em.flush();
        }
        return order;
    }

    /**
     * Hands a planned work order to the shop floor: its operations are copied from the item's routing as it is now
     * (minutes: setup + run per unit × quantity planned), or, for an item without one, a single operation at no work
     * centre; without an output warehouse of its own it takes the company's default one, if there is one yet.
     */
    @Transactional
    public WorkOrder release(String id) {
        WorkOrder order = workOrders().lock(id).orElseThrow(() -> new NotFound("work order", id));
        WorkOrderStatus next = transition(order, WorkOrderAction.RELEASE);
        Instant now = now();
        List<RoutingOperation> routing = routings.operations(order.itemId());
        WorkOrderRepository repository = workOrders();
        if (routing.isEmpty()) {
            repository.add(new WorkOrderOperation(PublicIds.next(ShopFloorService.OPERATION_PREFIX), order.id(), SOLE_OPERATION, null, null,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, now));
        }
        for (RoutingOperation step : routing) {
            BigDecimal setup = minutes(step.setupHours());
            BigDecimal run = minutes(step.runHoursPerUnit());
            repository.add(new WorkOrderOperation(PublicIds.next(ShopFloorService.OPERATION_PREFIX), order.id(), step.sequence(),
                    step.workCenterId(), step.description(), setup, run, setup.add(run.multiply(order.quantity())), now));
        }
        Changes changes = new Changes().field("status", order.status().apiName(), next.apiName()).field("operations", null, Math.max(1, routing.size()));
        if (order.outputWarehouseId() == null) {
            warehouses.defaultWarehouse().ifPresent(w -> {
                order.sendOutputTo(w.id(), null);
                changes.field("output_warehouse_id", null, w.id());
            });
        }
        order.release(now);
        order.touched(now);
        audit.record(em, "work_order.released", "work_order", order.id(), changes);
        em.flush();
        materials.prepare(order);
        return get(id);
    }

    /** Closes a completed work order: nothing more is reported on it. */
    @Transactional
    public WorkOrder close(String id) {
        WorkOrder order = workOrders().lock(id).orElseThrow(() -> new NotFound("work order", id));
        WorkOrderStatus next = transition(order, WorkOrderAction.CLOSE);
        Changes changes = new Changes().field("status", order.status().apiName(), next.apiName());
        order.moveTo(next, now());
        audit.record(em, "work_order.closed", "work_order", order.id(), changes);
        em.flush();
        return order;
    }

    /** Cancels a planned or released work order; once an operation has started it is a 409 (see {@link WorkOrderLifecycle}). */
    @Transactional
    public WorkOrder cancel(String id) {
        WorkOrder order = workOrders().lock(id).orElseThrow(() -> new NotFound("work order", id));
        WorkOrderStatus next = transition(order, WorkOrderAction.CANCEL);
        Changes changes = new Changes().field("status", order.status().apiName(), next.apiName());
        order.cancel();
        order.touched(now());
        audit.record(em, "work_order.cancelled", "work_order", order.id(), changes);
        em.flush();
        materials.releaseReservations(order);
        return get(id);
    }

    /** The actions a person can take on the work order now, as the endpoints spell them. */
    public static List<String> allowedActions(WorkOrder order) {
        return WorkOrderLifecycle.explicitActions(order.status()).stream().map(WorkOrderAction::pathSegment).toList();
    }

    /** The work order's history, newest first: its audit trail (creation, changes, actions, the shop floor's reports). */
    public List<AuditEvent> timeline(String id, PageRequest page) {
        WorkOrder order = get(id);
        return auditTrail.list(page, order.id(), null);
    }

    /** The state after the action, or a 409 naming the actions the work order's state allows. */
    static WorkOrderStatus transition(WorkOrder order, WorkOrderAction action) {
        try {
            return WorkOrderLifecycle.apply(order.status(), action);
        } catch (IllegalAction refused) {
            throw new Conflict("illegal-transition", "Work order " + order.number() + " is " + refused.state() + " and cannot "
                    + refused.action() + "; " + (refused.allowed().isEmpty() ? "no action is allowed now" + (order.status() == WorkOrderStatus.IN_PROGRESS
                    ? " (it completes when its last operation completes)" : "") + "." : "allowed: " + String.join(", ", refused.allowed()) + "."));
        }
    }

    private static BigDecimal minutes(BigDecimal hours) {
        return hours == null ? BigDecimal.ZERO : hours.multiply(MINUTES_PER_HOUR);
    }

    private void checkOutput(String warehouseId, String locationId, List<Violation> errors) {
        if (warehouseId == null) {
            if (locationId != null) {
                errors.add(new Violation("output_location_id", "needs output_warehouse_id"));
            }
            return;
        }
        Warehouse warehouse = WarehouseRepository.in(em).find(warehouseId).orElse(null);
        if (warehouse == null) {
            errors.add(new Violation("output_warehouse_id", "is not a warehouse of your company"));
        } else if (warehouse.archived()) {
            errors.add(new Violation("output_warehouse_id", "warehouse " + warehouse.code() + " is archived"));
        }
        if (locationId != null) {
            StorageLocation location = WarehouseRepository.in(em).findLocation(locationId).orElse(null);
            if (location == null || (warehouse != null && !location.warehouseId().equals(warehouse.id()))) {
                errors.add(new Violation("output_location_id", location == null ? "is not a storage location of your company"
                        : "is a storage location of another warehouse"));
            }
        }
    }

    private WorkOrderRepository workOrders() {
        return WorkOrderRepository.in(em);
    }

    private static void requireStatus(WorkOrder order, WorkOrderStatus wanted, String verb) {
        if (order.status() != wanted) {
            List<String> allowed = allowedActions(order);
            throw new Conflict("illegal-transition", "Work order " + order.number() + " is " + order.status().apiName()
                    + "; only a " + wanted.apiName() + " work order can be " + verb + "; " + (allowed.isEmpty() ? "no action is allowed now."
                    : "allowed: " + String.join(", ", allowed) + "."));
        }
    }

    private static void checkDates(LocalDate start, LocalDate due, List<Violation> errors) {
        if (start != null && due != null && due.isBefore(start)) {
            errors.add(new Violation("due_date", "must not be before start_date " + start));
        }
    }

    /** What the database keeps (DATETIME(6)), so the answer to a change equals every later read. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
