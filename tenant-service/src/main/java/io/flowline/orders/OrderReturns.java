package io.flowline.orders;

import static io.flowline.platform.json.Decimals.plainText;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.flowline.catalog.Item;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.failure.Violation;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.tenancy.TenantContext;
import io.flowline.stock.LockFailures;
import io.flowline.stock.Lot;
import io.flowline.stock.LotService;
import io.flowline.stock.LotStatus;
import io.flowline.stock.MovementKind;
import io.flowline.stock.NewLot;
import io.flowline.stock.StockLedger;
import io.flowline.stock.StockMovement;
import io.flowline.stock.StockMovementService;
import io.flowline.stock.StockMovementService.Leg;
import io.flowline.stock.StockMovementService.Plan;
import io.flowline.stock.Warehouse;
import io.flowline.stock.WarehouseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Goods back from the customer. A return is checked whole first (only what shipped and has not come back can return); then
 * a quarantined lot per line and the empty balance rows are made, each in a short transaction of its own as purchase receipts
 * do, and the receipt movements, the lines' returned quantities, the returns, the timeline entry and the audit record commit
 * in ONE transaction under the order's lock, which checks what is returnable again.
 */
@ApplicationScoped
public class OrderReturns {
    public static final String PREFIX = "ort";

    @Inject
    EntityManager em;

    @Inject
    TenantContext caller;

    @Inject
    AuditLog audit;

    @Inject
    OrderService orders;

    @Inject
    OrderLines lines;

    @Inject
    OrderTimeline timeline;

    @Inject
    LotService lots;

    @Inject
    StockMovementService movements;

    @Inject
    StockLedger ledger;

    /** One checked line of a return: the order line, into which warehouse, and the lot once made. */
    private record Arrival(OrderLine line, Item item, BigDecimal quantity, String reason, String warehouseId, Lot lot) {
    }

    public List<OrderReturn> of(String orderId) {
        return SalesOrderRepository.in(em).returns(orders.get(orderId).id());
    }

    public List<OrderReturn> receive(String orderId, NewOrderReturn request) {
        SalesOrder order = orders.get(orderId);
        List<OrderLine> orderLines = lines.of(order.id());
        Map<String, Item> items = lines.items(orderLines);
        List<Violation> errors = new ArrayList<>();
        Warehouse named = null;
        if (request.warehouseId() != null) {
            named = WarehouseRepository.in(em).find(request.warehouseId()).orElse(null);
            if (named == null) {
                errors.add(new Violation("warehouse_id", "is not a warehouse of your company"));
            } else if (named.archived()) {
                errors.add(new Violation("warehouse_id", "is archived and takes no new stock"));
            }
        }
        Map<String, BigDecimal> returning = new HashMap<>();
        List<Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            NewOrderReturn.Line requested = request.lines().get(i);
            String field = "lines[" + i + "].";
            OrderLine line = find(orderLines, requested, field, errors);
            if (line == null) {
                continue;
            }
            BigDecimal total = returning.merge(line.id(), requested.quantity(), BigDecimal::add);
            if (total.compareTo(line.returnable()) > 0) {
                errors.add(new Violation(field + "quantity", returnable(line, items.get(line.itemId()), total)));
                continue;
            }
            String warehouseId = named != null ? named.id() : line.shippedFromWarehouseId();
            if (warehouseId == null && request.warehouseId() == null) {
                errors.add(new Violation("warehouse_id", "is required: line " + line.lineNumber() + " shipped from no warehouse"));
                continue;
            }
            arrivals.add(new Arrival(line, items.get(line.itemId()), requested.quantity(), requested.reason().strip(), warehouseId, null));
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }

        // Checked: from here on things are written.
        arrivals.sort(Comparator.comparing((Arrival a) -> a.item().id())); // one lock order for all stock transactions
        List<Arrival> booked = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        Map<String, Long> made = new HashMap<>();
        for (Arrival arrival : arrivals) {
            OrderLine line = arrival.line();
            long sequence = made.merge(line.id(), 1L, Long::sum) + SalesOrderRepository.in(em).returnsOfLine(line.id());
            Lot lot = lots.create(new NewLot(line.itemId(), "RET-" + order.number() + "-" + line.lineNumber() + "-" + sequence, null, null,
                    LotStatus.QUARANTINED.apiName()));
            Plan plan = new Plan(MovementKind.RECEIPT, arrival.item(), List.of(new Leg(arrival.warehouseId(), null, lot.id(), arrival.quantity())),
                    null, arrival.quantity(), "Return of order " + order.number() + ": " + arrival.reason(), OrderFulfilment.SHIPMENT_REFERENCE,
                    order.id());
            movements.ensureRows(line.itemId(), plan.legs());
            booked.add(new Arrival(line, arrival.item(), arrival.quantity(), arrival.reason(), arrival.warehouseId(), lot));
            plans.add(plan);
        }
        Function<List<List<StockMovement>>, List<OrderReturn>> record = posted -> record(order.id(), booked, posted);
        return LockFailures.retrying(() -> ledger.apply(plans, record));
    }

    /** Inside the ledger's transaction, after the movements: the order under its lock, its lines checked again and updated. */
    private List<OrderReturn> record(String orderId, List<Arrival> arrivals, List<List<StockMovement>> posted) {
        SalesOrder order = SalesOrderRepository.in(em).lock(orderId);
        Map<String, OrderLine> byId = new HashMap<>();
        lines.of(orderId).forEach(l -> byId.put(l.id(), l));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<OrderReturn> made = new ArrayList<>();
        Changes changes = new Changes();
        for (int i = 0; i < arrivals.size(); i++) {
            Arrival arrival = arrivals.get(i);
            OrderLine line = byId.get(arrival.line().id());
            if (line == null || arrival.quantity().compareTo(line.returnable()) > 0) { // a concurrent return took it, or the lines changed
                throw new Conflict("order-changed", "Order " + order.number() + " changed while the return was being received; "
                        + "nothing was received. Read it again and retry.");
            }
            String before = plainText(line.returnedQuantity());
            line.takeBack(arrival.quantity());
            changes.field("lines[" + (line.lineNumber() - 1) + "].returned_quantity", before, plainText(line.returnedQuantity()));
            OrderReturn returned = new OrderReturn(PublicIds.next(PREFIX), line, arrival.quantity(), arrival.reason(), arrival.warehouseId(),
                    arrival.lot().id(), posted.get(i).get(0).id(), caller.actorType(), caller.actorId(), now);
            SalesOrderRepository.in(em).addReturn(returned);
            made.add(returned);
        }
        order.touched(now);
        timeline.record(order, OrderHistoryEntry.RETURN, null, null, null, changes,
                String.join("; ", arrivals.stream().map(Arrival::reason).distinct().toList()), now);
        audit.record(em, "order.returned", "order", orderId, changes);
        em.flush();
        made.sort(Comparator.comparing(OrderReturn::createdAt).thenComparing(OrderReturn::id));
        return made;
    }

    private static OrderLine find(List<OrderLine> orderLines, NewOrderReturn.Line requested, String field, List<Violation> errors) {
        if (requested.lineNumber() != null) {
            OrderLine line = orderLines.stream().filter(l -> l.lineNumber() == requested.lineNumber()).findFirst().orElse(null);
            if (line == null) {
                errors.add(new Violation(field + "line_number", "is not a line of this order"));
            } else if (requested.itemId() != null && !requested.itemId().equals(line.itemId())) {
                errors.add(new Violation(field + "item_id", "is not the item of line " + line.lineNumber()));
                return null;
            }
            return line;
        }
        if (requested.itemId() == null) {
            errors.add(new Violation(field + "line_number", "is required (or item_id)"));
            return null;
        }
        List<OrderLine> matching = orderLines.stream().filter(l -> l.itemId().equals(requested.itemId())).toList();
        if (matching.size() != 1) {
            errors.add(new Violation(field + "item_id", matching.isEmpty() ? "is not an item of this order"
                    : "is on several lines of this order; name the line_number"));
            return null;
        }
        return matching.get(0);
    }

    private static String returnable(OrderLine line, Item item, BigDecimal asked) {
        return "line " + line.lineNumber() + (item == null ? "" : " (" + item.code() + ")") + " shipped " + plainText(line.shippedQuantity())
                + " and " + plainText(line.returnedQuantity()) + " came back already: at most " + plainText(line.returnable())
                + " can be returned, not " + plainText(asked);
    }
}
