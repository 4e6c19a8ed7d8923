package io.flowline.orders;

import static io.flowline.platform.json.Decimals.plainText;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.flowline.catalog.Item;
import io.flowline.orders.engine.IllegalTransition;
import io.flowline.orders.engine.OrderAction;
import io.flowline.orders.engine.OrderEventTypes;
import io.flowline.orders.engine.OrderLifecycle;
import io.flowline.orders.engine.OrderStatus;
import io.flowline.orders.engine.OrderWorkflow;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.failure.Violation;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.limits.Quota;
import io.flowline.platform.limits.Quotas;
import io.flowline.platform.security.PasswordHasher;
import io.flowline.platform.tenancy.Tenant;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Customer orders: taken with a gap-free number, moved through the lifecycle by explicit actions, changed with If-Match
 * until they ship. Every change is written to the order's timeline and the audit trail in the same transaction, and
 * raises an {@link OrderEvent} that observers see after commit.
 */
@ApplicationScoped
public class OrderService {
    public static final String PREFIX = "ord";
    public static final String TRACKING_PREFIX = "trk";

    @Inject
    Quotas quotas;

    @Inject
    EntityManager em;

    @Inject
    TenantContext caller;

    @Inject
    AuditLog audit;

    @Inject
    SalesOrderNumbers numbers;

    @Inject
    OrderLines lines;

    @Inject
    OrderTimeline timeline;

    @Inject
    Event<OrderEvent> events;

    @Inject
    Instance<DeliveryPromises> deliveryPromises;

    @Inject
    OrderFulfilment fulfilment;

    /** The caller's workflow: its stage names and the optional stages it skips (tenant settings). */
    public OrderWorkflow workflow() {
        return OrderWorkflows.of(em.find(Tenant.class, caller.tenantId()));
    }

    public SalesOrder get(String id) {
        return orders().find(id).orElseThrow(() -> new NotFound("order", id));
    }

    /** Whether the caller has an order with this id: how other modules check the orders they refer to. */
    public boolean exists(String id) {
        return orders().find(id).isPresent();
    }

    @Transactional
    public SalesOrder create(NewOrder request) {
        numbers.prepare(); // before this transaction holds a connection
        Tenant tenant = em.find(Tenant.class, caller.tenantId());
        quotas.require(em, tenant, Quota.ORDERS_THIS_MONTH, 1);
        List<Violation> errors = new ArrayList<>();
        OrderChannel channel = OrderChannel.parse(request.channel()).orElse(null);
        if (channel == null) {
            errors.add(new Violation("channel", "must be one of " + OrderChannel.names()));
        }
        Customer customer = CustomerRepository.in(em).find(request.customerId()).orElse(null);
        if (customer == null) {
            errors.add(new Violation("customer_id", "is not a customer of yours"));
        } else if (customer.status() == Customer.Status.ARCHIVED) {
            errors.add(new Violation("customer_id", "is archived and takes no new orders"));
        }
        List<OrderLines.Draft> drafts = lines.check(request.lines(), tenant.currency(), errors);
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        Instant now = now();
        String number = numbers.next();
        String trackingToken = PasswordHasher.randomSecret(TRACKING_PREFIX);
        SalesOrder order = new SalesOrder(PublicIds.next(PREFIX), number, customer.id(), channel, tenant.currency(), trackingToken, now,
                LocalDate.ofInstant(now, ZoneId.of(tenant.timeZone())));
        order.changeNotes(blankToNull(request.notes()));
        order.changeExternalReference(blankToNull(request.externalReference()));
        order.changeTotal(OrderLines.total(drafts));
        orders().add(order, tenant.id());
        lines.store(order, drafts, now);
        timeline.record(order, OrderHistoryEntry.CREATED, null, null, OrderStatus.DRAFT, null, null, now);
        audit.record(em, "order.created", "order", order.id(), new Changes().field("number", null, number)
                .field("customer_id", null, customer.id()).field("total", null, plainText(order.totalAmount()) + " " + order.currency()));
        em.flush();
        fire(OrderEventTypes.CREATED, order, now);
        return order;
    }

    @Transactional
    public SalesOrder update(String id, String ifMatch, OrderChanges request) {
        SalesOrder order = get(id); // another tenant's order is a 404 before anything about the body is said
        List<Violation> errors = new ArrayList<>();
        List<OrderLines.Draft> drafts = request.lines() == null ? null : lines.check(request.lines(), order.currency(), errors);
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        OptimisticLocking.requireMatch(ifMatch, order.version());
        if (order.finished()) {
            throw new Conflict("order-finished", "Order " + order.number() + " is " + order.status().apiName()
                    + " and can no longer be changed.");
        }
        Instant now = now();
        Changes changes = new Changes();
        List<String> replacedLines = List.of();
        if (drafts != null) {
            List<OrderLine> old = lines.of(order.id());
            Map<String, Item> oldItems = lines.items(old);
            for (int i = 0; i < Math.max(old.size(), drafts.size()); i++) {
                String from = i < old.size() ? OrderLines.describe(old.get(i), oldItems.get(old.get(i).itemId())) : null;
                String to = i < drafts.size() ? drafts.get(i).describe() : null;
                changes.field("lines[" + i + "]", from, to);
            }
            if (!changes.isEmpty() && old.stream().anyMatch(l -> l.shippedQuantity().signum() > 0)) {
                throw new Conflict("order-partly-shipped", "Order " + order.number() + " has shipped part of its lines; its lines can "
                        + "no longer be replaced (the promised date, notes and external reference still change).");
            }
            if (!changes.isEmpty()) {
                replacedLines = old.stream().map(OrderLine::id).toList();
                orders().removeLines(old); // flushed first: the new lines reuse the line numbers
                lines.store(order, drafts, now);
                BigDecimal total = OrderLines.total(drafts);
                changes.field("total", plainText(order.totalAmount()), plainText(total));
                order.changeTotal(total);
            }
        }
        if (request.promisedDate() != null) {
            changes.field("promised_date", order.promisedDate(), request.promisedDate());
            order.promise(request.promisedDate());
        }
        if (request.notes() != null) {
            String notes = blankToNull(request.notes());
            changes.field("notes", order.notes(), notes);
            order.changeNotes(notes);
        }
        if (request.externalReference() != null) {
            String reference = blankToNull(request.externalReference());
            changes.field("external_reference", order.externalReference(), reference);
            order.changeExternalReference(reference);
        }
        if (!changes.isEmpty()) {
            order.touched(now);
            timeline.record(order, OrderHistoryEntry.CHANGED, null, null, null, changes, blankToNull(request.comment()), now);
            audit.record(em, "order.changed", "order", order.id(), changes);
            em.flush();
            if (!replacedLines.isEmpty() && holdsStock(order)) { // the old lines' stock goes back, the new lines reserve theirs
                fulfilment.release(replacedLines);
                fulfilment.reserve(lines.of(order.id()));
            }
            fire(OrderEventTypes.CHANGED, order, now);
        }
        return order;
    }

    /**
     * Reserves for the lines of a confirmed order what they still lack, from the stock available now: the retry after stock
     * arrived by a way that reserves nothing by itself (a transfer, an adjustment, a lot released from quarantine).
     */
    @Transactional
    public SalesOrder reserve(String id) {
        SalesOrder order = get(id);
        if (!holdsStock(order)) {
            throw new Conflict("order-not-confirmed", "Order " + order.number() + " is " + order.status().apiName()
                    + "; only confirmed orders that have not shipped (or are on hold from such a stage) reserve stock.");
        }
        fulfilment.reserve(lines.of(id));
        return get(id);
    }

    /** Orders that hold reservations: confirmed until they ship, or on hold from such a stage. */
    private static boolean holdsStock(SalesOrder order) {
        return DemandSource.DEMAND.contains(order.status())
                || (order.status() == OrderStatus.ON_HOLD && DemandSource.DEMAND.contains(order.heldFrom()));
    }

    /** Takes the action; a promised date is for confirm alone (null: promise what the lines allow), the comment goes to the timeline. */
    @Transactional
    public SalesOrder act(String id, OrderAction action, LocalDate promisedDate, String comment) {
        SalesOrder order = get(id);
        Tenant tenant = em.find(Tenant.class, caller.tenantId());
        OrderWorkflow workflow = OrderWorkflows.of(tenant);
        OrderLifecycle.Transition transition;
        try {
            transition = OrderLifecycle.apply(order.status(), order.heldFrom(), action, workflow);
        } catch (IllegalTransition refused) { // the detail names the allowed actions as the endpoints spell them
            throw new Conflict("illegal-transition", "An order that is " + workflow.displayName(refused.from()) + " ("
                    + refused.from().apiName() + ") cannot " + action.pathSegment() + "; " + (refused.allowed().isEmpty()
                    ? "no action is allowed any more." : "allowed: " + refused.allowed().stream().map(OrderAction::pathSegment)
                    .collect(Collectors.joining(", ")) + "."));
        }
        Changes changes = new Changes().field("status", order.status().apiName(), transition.to().apiName());
        if (promisedDate != null && action != OrderAction.CONFIRM) {
            throw new RuleBroken("promised_date", "is only taken by confirm; change it with PATCH");
        }
        if (action == OrderAction.CONFIRM && promisedDate != null && promisedDate.isBefore(tenant.today())) {
            throw new RuleBroken("promised_date", "must not be in the past: today is " + tenant.today() + " in your time zone ("
                    + tenant.timeZone() + ")");
        }
        if (action == OrderAction.SHIP) {
            return ship(order, tenant, transition, comment);
        }
        if (action == OrderAction.CONFIRM) {
            LocalDate promised = promisedDate != null ? promisedDate : promise(lines.of(order.id()));
            changes.field("promised_date", order.promisedDate(), promised);
            order.promise(promised);
        }
        Instant now = now();
        order.moveTo(transition.to(), transition.heldFrom().orElse(null), now, ZoneId.of(tenant.timeZone()));
        timeline.record(order, OrderHistoryEntry.STATUS_CHANGED, action, transition.from(), transition.to(), changes,
                blankToNull(comment), now);
        audit.record(em, "order." + action.apiName(), "order", order.id(), changes);
        em.flush();
        if (action == OrderAction.CONFIRM) {
            fulfilment.reserve(lines.of(order.id()));
        } else if (transition.to() == OrderStatus.CANCELLED) {
            fulfilment.release(lines.of(order.id()).stream().map(OrderLine::id).toList());
        }
        OrderEventTypes.after(transition).forEach(type -> fire(type, order, now));
        return order;
    }

    /**
     * Ship: the lines' reserved stock is issued through the ledger first (refused whole, 409, when a line is short and the
     * tenant does not ship in parts), then the order is read again under its lock and takes the shipped quantities. It
     * moves to shipped once every line has shipped in full; a partial shipment keeps its status and is a timeline entry of
     * its own, and a later ship sends the rest.
     */
    private SalesOrder ship(SalesOrder order, Tenant tenant, OrderLifecycle.Transition transition, String comment) {
        String id = order.id();
        long version = order.version();
        OrderFulfilment.Shipped shipped = fulfilment.ship(order, lines.of(id), OrderWorkflows.partialShipments(tenant));
        SalesOrder current = orders().lock(id); // the ledger cleared the persistence context: read afresh, and queue other ships
        if (current.version() != version || current.status() != transition.from()) {
            throw new Conflict("order-changed", "Order " + current.number() + " changed while it was being shipped; nothing was "
                    + "shipped. Read it again and retry.");
        }
        Changes changes = new Changes();
        boolean complete = true;
        Changes lineChanges = new Changes();
        for (OrderLine line : lines.of(id)) {
            BigDecimal quantity = shipped.quantities().getOrDefault(line.id(), BigDecimal.ZERO);
            if (quantity.signum() > 0) {
                String before = plainText(line.shippedQuantity());
                line.ship(quantity, shipped.warehouses().get(line.id()));
                lineChanges.field("lines[" + (line.lineNumber() - 1) + "].shipped_quantity", before, plainText(line.shippedQuantity()));
            }
            complete &= line.toShip().signum() == 0;
        }
        Instant now = now();
        if (complete) {
            changes.field("status", current.status().apiName(), transition.to().apiName());
        }
        lineChanges.asMap().forEach((field, change) -> changes.field(field, change.from(), change.to()));
        if (complete) {
            current.moveTo(transition.to(), null, now, ZoneId.of(tenant.timeZone()));
            timeline.record(current, OrderHistoryEntry.STATUS_CHANGED, OrderAction.SHIP, transition.from(), transition.to(), changes,
                    blankToNull(comment), now);
            audit.record(em, "order.ship", "order", id, changes);
        } else {
            current.touched(now);
            timeline.record(current, OrderHistoryEntry.SHIPMENT, OrderAction.SHIP, null, null, changes, blankToNull(comment), now);
            audit.record(em, "order.shipped_partially", "order", id, changes);
        }
        em.flush();
        if (complete) {
            OrderEventTypes.after(transition).forEach(type -> fire(type, current, now));
        } else {
            fire(OrderEventTypes.CHANGED, current, now);
        }
        return current;
    }

    /**
     * The date to promise when confirm is given none: the later of the lines' latest requested date and the earliest date
     * planning can deliver them (when planning is there), else the latest requested date alone.
     */
    private LocalDate promise(List<OrderLine> orderLines) {
        List<LocalDate> dates = new ArrayList<>();
        orderLines.stream().map(OrderLine::requestedDate).filter(Objects::nonNull).forEach(dates::add);
        if (deliveryPromises.isResolvable()) {
            deliveryPromises.get().earliestDate(orderLines.stream().map(l -> new DeliveryPromises.Line("lines[" + (l.lineNumber() - 1) + "]",
                    l.itemId(), Objects.requireNonNullElse(OrderLines.configuration(l), Map.of()), l.quantity())).toList()).ifPresent(dates::add);
        }
        return dates.stream().max(Comparator.naturalOrder())
                .orElseThrow(() -> new RuleBroken("promised_date", "is required: no line has a requested date to promise"));
    }

    /** The allowed actions now; the order's own state decides (a held order can be released to where it was). */
    public static List<OrderAction> allowedActions(SalesOrder order, OrderWorkflow workflow) {
        return OrderLifecycle.allowedActions(order.status(), order.heldFrom(), workflow);
    }

    // ---- events

    /** Fired inside the transaction; observers that want only committed changes observe AFTER_SUCCESS (see {@link OrderEventLog}). */
    private void fire(String type, SalesOrder order, Instant at) {
        events.fire(new OrderEvent(type, caller.tenantId(), order.id(), order.number(), order.status().apiName(), at));
    }

    private SalesOrderRepository orders() {
        return SalesOrderRepository.in(em);
    }

    /** What the database keeps (DATETIME(6)), so the answer to a change equals every later read. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

}
