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
import io.flowline.platform.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Work orders: numbered from the tenant's gap-free WO series, changed with If-Match while planned, then released or
 * cancelled by explicit actions. Every change goes to the audit trail in the same transaction.
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
    WorkOrderMaterials materials;

    /**
     * What a work order is made from, checked; the planned order it came from, if any; for a configurable item the chosen
     * option per option group (null: none), whose bill of materials becomes the work order's material list.
     */
    public record Draft(String itemId, BigDecimal quantity, LocalDate startDate, LocalDate dueDate, String salesOrderId, String plannedOrderId,
                        Map<String, String> configuration) {
        public Draft(String itemId, BigDecimal quantity, LocalDate startDate, LocalDate dueDate, String salesOrderId, String plannedOrderId) {
            this(itemId, quantity, startDate, dueDate, salesOrderId, plannedOrderId, null);
        }
    }

    public List<WorkOrder> list(PageRequest page, String status, String itemId, String salesOrderId) {
        WorkOrderStatus wanted = status == null ? null : WorkOrderStatus.parse(status)
                .orElseThrow(() -> new RuleBroken("status", "must be one of " + WorkOrderStatus.allNames()));
        return workOrders().list(page, wanted, itemId, salesOrderId);
    }

    public WorkOrder get(String id) {
        return workOrders().find(id).orElseThrow(() -> new NotFound("work order", id));
    }

    /** Planned and released work orders: what MRP counts as scheduled receipts and capacity planning as load. */
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
        String configuration = item == null ? null : materials.checkedConfiguration(item, draft.configuration(), errors);
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        Instant now = now();
        // Taken as late as possible: from here to commit, other creations of this tenant wait for the counter row.
        String number = numbers.next(em, NumberSeries.WORK_ORDER);
        WorkOrder order = new WorkOrder(PublicIds.next(PREFIX), number, item.id(), draft.quantity(), draft.startDate(), draft.dueDate(),
                draft.plannedOrderId(), draft.salesOrderId(), now);
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

    @Transactional
    public WorkOrder release(String id) {
        WorkOrder order = get(id);
        requireStatus(order, WorkOrderStatus.PLANNED, "released");
        Instant now = now();
        order.release(now);
        order.touched(now);
        audit.record(em, "work_order.released", "work_order", order.id(), new Changes().field("status", "planned", "released"));
        em.flush();
        materials.prepare(order);
        return get(id);
    }

    @Transactional
    public WorkOrder cancel(String id) {
        WorkOrder order = get(id);
        if (order.status() == WorkOrderStatus.CANCELLED) {
            throw new Conflict("illegal-transition", "Work order " + order.number() + " is already cancelled.");
        }
        Changes changes = new Changes().field("status", order.status().apiName(), "cancelled");
        order.cancel();
        order.touched(now());
        audit.record(em, "work_order.cancelled", "work_order", order.id(), changes);
        em.flush();
        materials.releaseReservations(order);
        return get(id);
    }

    private WorkOrderRepository workOrders() {
        return WorkOrderRepository.in(em);
    }

    private static void requireStatus(WorkOrder order, WorkOrderStatus wanted, String verb) {
        if (order.status() != wanted) {
            throw new Conflict("illegal-transition", "Work order " + order.number() + " is " + order.status().apiName()
                    + "; only a " + wanted.apiName() + " work order can be " + verb + ".");
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
