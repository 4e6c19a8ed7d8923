package io.flowline.orders;

import static io.flowline.platform.json.Decimals.plainText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.flowline.catalog.Item;
import io.flowline.catalog.ItemKind;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.Violation;
import io.flowline.stock.MovementKind;
import io.flowline.stock.Reservation;
import io.flowline.stock.ReservationService;
import io.flowline.stock.StockLedger;
import io.flowline.stock.StockMovementService.Plan;
import io.flowline.stock.StockReceived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The stock behind an order's lines, kept by the stock ledger: reservations made when the order is confirmed (and topped
 * up as stock arrives), issued when it ships, released when it is cancelled.
 * <p>
 * A line's reservations carry reference type {@value #LINE_RESERVATION} and the line's id — one per line, not per order,
 * because planning nets each order line's demand by what is reserved for that line, and a line is shipped and returned on
 * its own. A shipment's issue movements carry reference type {@value #SHIPMENT_REFERENCE} and the order's id. Lines of
 * services ship without stock. Every method here runs in the caller's transaction and clears the persistence context (the
 * ledger reads each balance row as it locks it): callers write the order first, or read it again afterwards.
 */
@ApplicationScoped
public class OrderFulfilment {
    public static final String LINE_RESERVATION = "order_line";
    public static final String SHIPMENT_REFERENCE = "sales_order";

    @Inject
    EntityManager em;

    @Inject
    ReservationService reservations;

    @Inject
    StockLedger ledger;

    @Inject
    OrderLines lines;

    /** What a shipment issued per line id, and the warehouse it came from (null for a service). */
    record Shipped(Map<String, BigDecimal> quantities, Map<String, String> warehouses) {
    }

    /** Whether a line of this item moves stock: everything but services. */
    public static boolean stocked(Item item) {
        return item != null && item.kind() != ItemKind.SERVICE;
    }

    /** The open reserved quantity per line id (absent: nothing reserved). */
    public Map<String, BigDecimal> reserved(Collection<OrderLine> orderLines) {
        return reservations.openQuantities(LINE_RESERVATION, orderLines.stream().map(OrderLine::id).toList());
    }

    /**
     * Reserves for each stocked line what it still lacks (to ship less already reserved) from what is available now in any
     * warehouse; a part when only a part is there. Lines in item order, the order every stock transaction locks in.
     */
    void reserve(List<OrderLine> orderLines) {
        Map<String, Item> items = lines.items(orderLines);
        Map<String, BigDecimal> held = reserved(orderLines);
        for (OrderLine line : byItem(orderLines)) {
            BigDecimal lacking = line.toShip().subtract(held.getOrDefault(line.id(), BigDecimal.ZERO));
            if (stocked(items.get(line.itemId())) && lacking.signum() > 0) {
                reservations.reserveAvailable(line.itemId(), null, lacking, LINE_RESERVATION, line.id());
            }
        }
    }

    /** Gives back what the lines hold (a cancelled order, or lines replaced by an edit). */
    void release(Collection<String> lineIds) {
        reservations.releaseAll(LINE_RESERVATION, lineIds);
    }

    /**
     * Stock that arrived goes to the confirmed orders still short of that item in that warehouse, earliest promised date
     * first (then by order number): how a work order's output or a purchase receipt reaches a make-to-order line without
     * orders knowing production or purchasing. Runs inside the receipt's transaction; only what arrived is handed out.
     */
    void topUp(@Observes StockReceived received) {
        List<DemandSource.OpenLine> waiting = SalesOrderRepository.in(em).demandLines(List.of(received.itemId())).stream()
                .filter(open -> open.line().itemId().equals(received.itemId()))
                .sorted(Comparator.comparing(DemandSource.OpenLine::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(DemandSource.OpenLine::orderNumber)).toList();
        if (waiting.isEmpty()) {
            return;
        }
        Map<String, BigDecimal> held = reserved(waiting.stream().map(DemandSource.OpenLine::line).toList());
        BigDecimal left = received.quantity();
        for (DemandSource.OpenLine open : waiting) {
            if (left.signum() <= 0) {
                break;
            }
            OrderLine line = open.line();
            BigDecimal lacking = line.toShip().subtract(held.getOrDefault(line.id(), BigDecimal.ZERO));
            if (lacking.signum() > 0) {
                left = left.subtract(reservations.reserveAvailable(line.itemId(), received.warehouseId(), lacking.min(left),
                        LINE_RESERVATION, line.id()));
            }
        }
    }

    /**
     * Issues the reserved stock of each line through the ledger, up to what the line still has to ship, closing the
     * reservations it uses up. A stocked line whose reservations do not cover it is short: without partial shipments any
     * short line refuses the whole shipment (409 naming each), with them the lines ship what they hold, and only a shipment
     * of nothing at all is refused. Service lines ship in full without stock.
     */
    Shipped ship(SalesOrder order, List<OrderLine> orderLines, boolean partial) {
        Map<String, Item> items = lines.items(orderLines);
        Map<String, List<Reservation>> held = reservations.openOf(LINE_RESERVATION, orderLines.stream().map(OrderLine::id).toList())
                .stream().collect(Collectors.groupingBy(Reservation::referenceId));
        Map<String, BigDecimal> quantities = new HashMap<>();
        Map<String, String> warehouses = new HashMap<>();
        java.util.TreeMap<Integer, Violation> shortLines = new java.util.TreeMap<>(); // by line number
        List<Plan> plans = new ArrayList<>();
        for (OrderLine line : byItem(orderLines)) {
            Item item = items.get(line.itemId());
            BigDecimal toShip = line.toShip();
            if (!stocked(item)) {
                quantities.put(line.id(), toShip);
                continue;
            }
            BigDecimal issuing = BigDecimal.ZERO;
            for (Reservation reservation : held.getOrDefault(line.id(), List.of())) {
                BigDecimal take = reservation.openQuantity().min(toShip.subtract(issuing));
                if (take.signum() > 0) {
                    plans.add(new Plan(MovementKind.ISSUE, item, List.of(), reservation.id(), take, "Order " + order.number(),
                            SHIPMENT_REFERENCE, order.id()));
                    warehouses.put(line.id(), reservation.warehouseId());
                    issuing = issuing.add(take);
                }
            }
            quantities.put(line.id(), issuing);
            BigDecimal lacking = toShip.subtract(issuing);
            if (lacking.signum() > 0) {
                shortLines.put(line.lineNumber(), new Violation("lines[" + (line.lineNumber() - 1) + "]", "line " + line.lineNumber() + " (" + item.code()
                        + "): ordered " + plainText(line.quantity()) + ", shipped " + plainText(line.shippedQuantity()) + ", reserved "
                        + plainText(issuing) + ", short " + plainText(lacking) + " " + item.unit()));
            }
        }
        boolean nothing = quantities.values().stream().allMatch(q -> q.signum() == 0);
        List<Violation> shortages = new ArrayList<>(shortLines.values());
        if (!shortages.isEmpty() && (!partial || nothing)) {
            throw new Conflict("insufficient-stock", "Not enough stock", "Order " + order.number() + " cannot ship: "
                    + (partial ? "no line has reserved stock to ship" : "these lines are short of reserved stock, and partial shipments are off")
                    + ". Nothing was shipped. " + shortages.stream().map(Violation::message).collect(Collectors.joining("; "))
                    + ". Receive stock (the order's lines reserve it as it arrives, or POST /api/v1/orders/{id}/reserve)"
                    + (partial ? "." : ", or switch on order_workflow.partial_shipments."), shortages);
        }
        if (!plans.isEmpty()) {
            ledger.apply(plans, posted -> posted);
        }
        return new Shipped(quantities, warehouses);
    }

    private static List<OrderLine> byItem(Collection<OrderLine> orderLines) {
        return orderLines.stream().sorted(Comparator.comparing(OrderLine::itemId).thenComparing(OrderLine::lineNumber)).toList();
    }
}
