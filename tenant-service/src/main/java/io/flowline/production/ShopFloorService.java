package io.flowline.production;

import static io.flowline.platform.json.Decimals.plainText;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.flowline.catalog.Item;
import io.flowline.catalog.ItemCatalog;
import io.flowline.catalog.WorkCenterService;
import io.flowline.orders.OrderService;
import io.flowline.orders.SalesOrder;
import io.flowline.orders.engine.OrderAction;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.failure.AlreadyUsed;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.failure.Violation;
import io.flowline.platform.ids.PublicIds;
import io.flowline.production.engine.IllegalAction;
import io.flowline.production.engine.InterruptionReason;
import io.flowline.production.engine.OperationAction;
import io.flowline.production.engine.OperationLifecycle;
import io.flowline.production.engine.OperationStatus;
import io.flowline.production.engine.WorkOrderAction;
import io.flowline.production.engine.WorkOrderLifecycle;
import io.flowline.production.engine.WorkOrderStatus;
import io.flowline.stock.LockFailures;
import io.flowline.stock.Lot;
import io.flowline.stock.LotRepository;
import io.flowline.stock.LotService;
import io.flowline.stock.LotStatus;
import io.flowline.stock.MovementKind;
import io.flowline.stock.NewLot;
import io.flowline.stock.StockMovementService;
import io.flowline.stock.StockMovementService.Leg;
import io.flowline.stock.StockMovementService.Plan;
import io.flowline.stock.WarehouseService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The shop floor: operators start, pause, resume, report and complete a released work order's operations. Each action
 * takes the work order's row lock first, so the actions on one order take turns. The first start puts the work order (and
 * its customer order) in production; completing the last operation completes it. Good quantity reported on the last
 * operation is received into stock ({@link OperationReports}).
 * <p>
 * Decisions: operations may overlap, but one starts only after the one before it has started, and completes only after
 * the one before it is done; an operation's good quantity, all its reports together, is at most the work order's quantity
 * (no over-production; more is a 400 naming {@code good_quantity}).
 */
@ApplicationScoped
public class ShopFloorService {
    public static final String OPERATION_PREFIX = "woo";
    public static final String INTERRUPTION_PREFIX = "wop";
    /** How a stock movement names a work order it belongs to (with the work order's id). */
    public static final String REFERENCE_TYPE = "work_order";
    public static final int QUEUE_LIMIT = 200;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    OrderService salesOrders;

    @Inject
    WorkCenterService workCenters;

    @Inject
    WarehouseService warehouses;

    @Inject
    LotService lots;

    @Inject
    StockMovementService movements;

    @Inject
    OperationReports reports;

    @Inject
    WorkOrderService workOrders;

    /** Quantities and minutes an operator reports; null counts as 0. */
    public record OperationReport(BigDecimal goodQuantity, BigDecimal scrapQuantity, BigDecimal labourMinutes, BigDecimal machineMinutes,
                                  String scrapReason) {
        BigDecimal good() { return orZero(goodQuantity); }
        BigDecimal scrap() { return orZero(scrapQuantity); }
        BigDecimal labour() { return orZero(labourMinutes); }
        BigDecimal machine() { return orZero(machineMinutes); }

        private static BigDecimal orZero(BigDecimal value) {
            return value == null ? BigDecimal.ZERO : value;
        }
    }

    /** An operation waiting or running at a work centre, with what an operator needs to know of its work order. */
    public record QueuedOperation(WorkOrderOperation operation, WorkOrder workOrder, String itemCode) {
        /** What the operation still has to make: the work order's quantity less the good quantity already reported on it. */
        public BigDecimal remainingQuantity() {
            BigDecimal remaining = workOrder.quantity().subtract(operation.goodQuantity());
            return remaining.signum() < 0 ? BigDecimal.ZERO : remaining;
        }
    }

    // ---- reads

    public List<WorkOrderOperation> operations(String workOrderId) {
        WorkOrder order = workOrders.get(workOrderId);
        return repository().operations(order.id());
    }

    /** The work order's interruptions, oldest first. */
    public List<OperationInterruption> interruptions(String workOrderId) {
        return repository().interruptions(workOrderId);
    }

    public WorkOrderOperation operation(String workOrderId, int sequence) {
        WorkOrder order = workOrders.get(workOrderId);
        return find(order, repository().operations(order.id()), sequence);
    }

    /** The work centre's operations that are not done, of released and in-progress work orders: by due date, then sequence. */
    public List<QueuedOperation> queue(String workCenterId) {
        String centre = workCenters.get(workCenterId).id(); // another company's work centre is a 404
        List<WorkOrderRepository.Queued> queued = repository().queue(centre, QUEUE_LIMIT);
        Map<String, String> codes = ItemCatalog.in(em).codes(queued.stream().map(q -> q.workOrder().itemId()).distinct().toList());
        return queued.stream().map(q -> new QueuedOperation(q.operation(), q.workOrder(), codes.get(q.workOrder().itemId()))).toList();
    }

    // ---- actions

    /** Starts the operation; the work order's first start puts it, and the customer order it is made for, in production. */
    @Transactional
    public WorkOrderOperation start(String workOrderId, int sequence) {
        WorkOrder order = lockOnTheFloor(workOrderId);
        List<WorkOrderOperation> operations = repository().operations(order.id());
        WorkOrderOperation operation = find(order, operations, sequence);
        OperationStatus next = transition(order, operation, OperationAction.START);
        operations.stream().filter(o -> o.sequence() < sequence).max(Comparator.comparingInt(WorkOrderOperation::sequence))
                .filter(previous -> previous.status() == OperationStatus.PENDING).ifPresent(previous -> {
                    throw new Conflict("operation-order", "Operation " + sequence + " of work order " + order.number() + " cannot start before operation "
                            + previous.sequence() + " has started; start operation " + previous.sequence() + " first.");
                });
        Instant now = now();
        operation.moveTo(next, now);
        if (order.status() == WorkOrderStatus.RELEASED) {
            WorkOrderStatus started = WorkOrderService.transition(order, WorkOrderAction.START);
            audit.record(em, "work_order.started", "work_order", order.id(), new Changes().field("status", order.status().apiName(), started.apiName()));
            order.moveTo(started, now);
            startProduction(order);
        }
        order.touched(now);
        audit.record(em, "work_order.operation_started", "work_order", order.id(), new Changes().field("operation", null, sequence)
                .field("status", OperationStatus.PENDING.apiName(), next.apiName()));
        em.flush();
        return operation;
    }

    @Transactional
    public WorkOrderOperation pause(String workOrderId, int sequence, String reason, String note) {
        WorkOrder order = lockOnTheFloor(workOrderId);
        List<Violation> errors = new ArrayList<>();
        InterruptionReason why = reason == null ? null : InterruptionReason.parse(reason).orElse(null);
        if (why == null) {
            errors.add(new Violation("reason", (reason == null ? "is required: " : "") + "must be one of " + InterruptionReason.allNames()));
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        WorkOrderOperation operation = find(order, repository().operations(order.id()), sequence);
        OperationStatus next = transition(order, operation, OperationAction.PAUSE);
        Instant now = now();
        String text = note == null || note.isBlank() ? null : note.strip();
        repository().add(new OperationInterruption(PublicIds.next(INTERRUPTION_PREFIX), order.id(), operation.id(), why, text, now));
        operation.moveTo(next, now);
        order.touched(now);
        audit.record(em, "work_order.operation_paused", "work_order", order.id(), new Changes().field("operation", null, sequence)
                .field("reason", null, why.apiName()).field("note", null, text));
        em.flush();
        return operation;
    }

    /** Resumes a paused operation; its interruption ends now, with its duration. */
    @Transactional
    public WorkOrderOperation resume(String workOrderId, int sequence) {
        WorkOrder order = lockOnTheFloor(workOrderId);
        WorkOrderOperation operation = find(order, repository().operations(order.id()), sequence);
        OperationStatus next = transition(order, operation, OperationAction.RESUME);
        Instant now = now();
        OperationInterruption open = repository().interruptions(order.id()).stream()
                .filter(i -> i.operationId().equals(operation.id()) && i.endedAt() == null).reduce((first, second) -> second).orElse(null);
        if (open != null) {
            open.end(now);
        }
        operation.moveTo(next, now);
        order.touched(now);
        audit.record(em, "work_order.operation_resumed", "work_order", order.id(), new Changes().field("operation", null, sequence)
                .field("interruption_seconds", null, open == null ? null : open.durationSeconds()));
        em.flush();
        return operation;
    }

    /**
     * Records quantities and time. Good quantity on the last operation is output: it is received into stock (into the work
     * order's lot for a lot-tracked item, created on the first receipt), in the same transaction as the report, after
     * {@link OutputReported} has been fired (backflush); the genealogy of the output lot follows from the issues posted to
     * the work order.
     */
    public WorkOrderOperation report(String workOrderId, int sequence, OperationReport report) {
        List<Violation> errors = new ArrayList<>();
        if (report.good().signum() < 0) {
            errors.add(new Violation("good_quantity", "must not be negative"));
        }
        if (report.scrap().signum() < 0) {
            errors.add(new Violation("scrap_quantity", "must not be negative"));
        }
        if (report.labour().signum() < 0) {
            errors.add(new Violation("labour_minutes", "must not be negative"));
        }
        if (report.machine().signum() < 0) {
            errors.add(new Violation("machine_minutes", "must not be negative"));
        }
        if (errors.isEmpty() && report.good().signum() == 0 && report.scrap().signum() == 0 && report.labour().signum() == 0
                && report.machine().signum() == 0) {
            errors.add(new Violation("good_quantity", "is 0, as are scrap_quantity, labour_minutes and machine_minutes: report at least one"));
        }
        if (report.scrap().signum() == 0 && report.scrapReason() != null && !report.scrapReason().isBlank()) {
            errors.add(new Violation("scrap_reason", "is only for a report with scrap_quantity"));
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        // Checked without locks first, so that nothing (a lot, a balance row) is prepared for a report that is refused.
        WorkOrder order = workOrders.get(workOrderId);
        List<WorkOrderOperation> operations = repository().operations(order.id());
        WorkOrderOperation operation = find(order, operations, sequence);
        requireOnTheFloor(order);
        transition(order, operation, OperationAction.REPORT);
        requireWithinQuantity(order, operation, report.good());
        boolean output = report.good().signum() > 0 && operation.sequence() == operations.get(operations.size() - 1).sequence();
        Plan receipt = output ? receipt(order, operation, report.good()) : null;
        return LockFailures.retrying(() -> reports.report(order.id(), sequence, report, receipt));
    }

    /** Completes a running operation once the one before it is done; the last one done completes the work order. */
    @Transactional
    public WorkOrderOperation complete(String workOrderId, int sequence) {
        WorkOrder order = lockOnTheFloor(workOrderId);
        List<WorkOrderOperation> operations = repository().operations(order.id());
        WorkOrderOperation operation = find(order, operations, sequence);
        OperationStatus next = transition(order, operation, OperationAction.COMPLETE);
        operations.stream().filter(o -> o.sequence() < sequence && o.status() != OperationStatus.DONE).max(Comparator.comparingInt(WorkOrderOperation::sequence))
                .ifPresent(previous -> {
                    throw new Conflict("operation-order", "Operation " + sequence + " of work order " + order.number() + " cannot complete before operation "
                            + previous.sequence() + " is done (it is " + previous.status().apiName() + ").");
                });
        Instant now = now();
        operation.moveTo(next, now);
        audit.record(em, "work_order.operation_completed", "work_order", order.id(), new Changes().field("operation", null, sequence)
                .field("good_quantity", null, plainText(operation.goodQuantity())).field("scrap_quantity", null, plainText(operation.scrapQuantity())));
        if (operations.stream().allMatch(o -> o.status() == OperationStatus.DONE)) {
            WorkOrderStatus completed = WorkOrderService.transition(order, WorkOrderAction.COMPLETE);
            audit.record(em, "work_order.completed", "work_order", order.id(), new Changes().field("status", order.status().apiName(), completed.apiName())
                    .field("good_quantity", null, plainText(order.goodQuantity())));
            order.moveTo(completed, now);
        }
        order.touched(now);
        em.flush();
        return operation;
    }

    // ---- helpers

    /** The stock receipt of a report's good output, with its lot and balance row made ready (each in a short transaction of its own). */
    private Plan receipt(WorkOrder order, WorkOrderOperation last, BigDecimal good) {
        Item item = ItemCatalog.in(em).find(order.itemId()).orElseThrow(() -> new NotFound("item", order.itemId()));
        String warehouseId = order.outputWarehouseId() != null ? order.outputWarehouseId()
                : warehouses.defaultWarehouse().map(w -> w.id()).orElseThrow(() -> new Conflict("no-warehouse", "Work order " + order.number()
                + " has no output warehouse and your company has no warehouse to receive its output into; create a warehouse first."));
        String locationId = order.outputWarehouseId() != null ? order.outputLocationId() : null;
        Lot lot = item.lotTracked() ? outputLot(order, item, last) : null;
        Leg leg = new Leg(warehouseId, locationId, lot == null ? null : lot.id(), good);
        Plan plan = new Plan(MovementKind.RECEIPT, item, List.of(leg), null, good, "Work order " + order.number(), REFERENCE_TYPE, order.id());
        movements.ensureRows(item.id(), plan.legs());
        return plan;
    }

    /** The work order's output lot, numbered from the work order and its last operation: WO-2026-00042-20. */
    private Lot outputLot(WorkOrder order, Item item, WorkOrderOperation last) {
        String number = order.number() + "-" + last.sequence();
        return LotRepository.in(em).byNumber(item.id(), number).orElseGet(() -> {
            try {
                return lots.create(new NewLot(item.id(), number, null, null, LotStatus.RELEASED.apiName()));
            } catch (AlreadyUsed createdMeanwhile) {
                return LotRepository.in(em).byNumber(item.id(), number).orElseThrow(() -> createdMeanwhile);
            }
        });
    }

    private void startProduction(WorkOrder order) {
        if (order.salesOrderId() == null) {
            return;
        }
        SalesOrder salesOrder = salesOrders.get(order.salesOrderId());
        // A customer order not yet confirmed, held, or whose workflow skips production stays where it is.
        if (OrderService.allowedActions(salesOrder, salesOrders.workflow()).contains(OrderAction.START_PRODUCTION)) {
            salesOrders.act(salesOrder.id(), OrderAction.START_PRODUCTION, null, "Work order " + order.number() + " started.");
        }
    }

    private WorkOrder lockOnTheFloor(String workOrderId) {
        WorkOrder order = repository().lock(workOrderId).orElseThrow(() -> new NotFound("work order", workOrderId));
        requireOnTheFloor(order);
        return order;
    }

    static void requireOnTheFloor(WorkOrder order) {
        if (!WorkOrderLifecycle.onTheShopFloor(order.status())) {
            List<String> allowed = WorkOrderService.allowedActions(order);
            throw new Conflict("illegal-transition", "Work order " + order.number() + " is " + order.status().apiName()
                    + "; its operations are worked only while it is released or in progress; "
                    + (allowed.isEmpty() ? "no action is allowed now." : "allowed: " + String.join(", ", allowed) + "."));
        }
    }

    static WorkOrderOperation find(WorkOrder order, List<WorkOrderOperation> operations, int sequence) {
        return operations.stream().filter(o -> o.sequence() == sequence).findFirst()
                .orElseThrow(() -> new NotFound("operation", order.number() + "/" + sequence));
    }

    /** The operation's state after the action, or a 409 naming the actions its state allows. */
    static OperationStatus transition(WorkOrder order, WorkOrderOperation operation, OperationAction action) {
        try {
            return OperationLifecycle.apply(operation.status(), action);
        } catch (IllegalAction refused) {
            throw new Conflict("illegal-transition", "Operation " + operation.sequence() + " of work order " + order.number() + " is " + refused.state()
                    + " and cannot " + refused.action() + "; " + (refused.allowed().isEmpty() ? "no action is allowed now."
                    : "allowed: " + String.join(", ", refused.allowed()) + "."));
        }
    }

    static void requireWithinQuantity(WorkOrder order, WorkOrderOperation operation, BigDecimal good) {
        BigDecimal after = operation.goodQuantity().add(good);
        if (after.compareTo(order.quantity()) > 0) {
            BigDecimal open = order.quantity().subtract(operation.goodQuantity()).max(BigDecimal.ZERO);
            throw new RuleBroken("good_quantity", "is more than the work order has left for operation " + operation.sequence() + ": "
                    + plainText(open) + " of " + plainText(order.quantity()) + " (no over-production)");
        }
    }

    private WorkOrderRepository repository() {
        return WorkOrderRepository.in(em);
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
