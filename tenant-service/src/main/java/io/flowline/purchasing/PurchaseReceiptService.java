package io.flowline.purchasing;

import static io.flowline.platform.json.Decimals.plainText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.flowline.catalog.Item;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.failure.Violation;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.tenancy.TenantContext;
import io.flowline.purchasing.engine.PurchaseOrderLifecycle;
import io.flowline.purchasing.engine.PurchaseOrderStatus;
import io.flowline.stock.LockFailures;
import io.flowline.stock.Lot;
import io.flowline.stock.LotRepository;
import io.flowline.stock.LotService;
import io.flowline.stock.LotStatus;
import io.flowline.stock.MovementKind;
import io.flowline.stock.NewLot;
import io.flowline.stock.StockLedger;
import io.flowline.stock.StockMovement;
import io.flowline.stock.StockMovementService;
import io.flowline.stock.StockMovementService.Leg;
import io.flowline.stock.StockMovementService.Plan;
import io.flowline.stock.StorageLocation;
import io.flowline.stock.Warehouse;
import io.flowline.stock.WarehouseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Receipts against purchase orders. A receipt is checked completely before anything is written; then the lots it
 * creates and the empty balance rows it adds to are made (each in a short transaction of its own, as every stock posting
 * does), and finally the receipt movements, the purchase order's received quantities and status, and the receipt itself
 * commit in ONE transaction under the purchase order's lock, which checks the open quantities again. Goods of an item
 * that needs an incoming inspection go into a quarantined lot; no over-receipt is accepted (there is no tolerance).
 */
@ApplicationScoped
public class PurchaseReceiptService {
    public static final String PREFIX = "rcp";
    public static final String LINE_PREFIX = "rcl";
    public static final String REFERENCE_TYPE = "purchase_order";

    @Inject
    EntityManager em;

    @Inject
    TenantContext caller;

    @Inject
    AuditLog audit;

    @Inject
    PurchaseOrderService orders;

    @Inject
    LotService lots;

    @Inject
    StockMovementService movements;

    @Inject
    StockLedger ledger;

    /** One checked receipt line: its lot is known, or to be created with {@code newLot}. */
    private record Arrival(PurchaseOrderLine line, Item item, BigDecimal quantity, Lot lot, NewLot newLot) {
    }

    public record Receipt(PurchaseReceipt receipt, List<PurchaseReceiptLine> lines) {
    }

    public List<Receipt> list(String orderId) {
        orders.get(orderId);
        List<PurchaseReceipt> receipts = PurchaseReceiptRepository.in(em).ofOrder(orderId);
        if (receipts.isEmpty()) {
            return List.of();
        }
        Map<String, List<PurchaseReceiptLine>> lines = PurchaseReceiptRepository.in(em).lines(receipts.stream().map(PurchaseReceipt::id).toList()).stream()
                .collect(Collectors.groupingBy(PurchaseReceiptLine::receiptId));
        return receipts.stream().map(r -> new Receipt(r, lines.getOrDefault(r.id(), List.of()))).toList();
    }

    public Receipt receive(String orderId, GoodsReceived request) {
        PurchaseOrder order = orders.get(orderId);
        requireReceiving(order);
        List<Violation> errors = new ArrayList<>();
        Warehouse warehouse = WarehouseRepository.in(em).find(request.warehouseId()).orElse(null);
        if (warehouse == null) {
            errors.add(new Violation("warehouse_id", "is not a warehouse of your company"));
        }
        String locationId = null;
        if (request.locationId() != null) {
            StorageLocation location = WarehouseRepository.in(em).findLocation(request.locationId()).orElse(null);
            if (location == null || (warehouse != null && !location.warehouseId().equals(warehouse.id()))) {
                errors.add(new Violation("location_id", location == null ? "is not a storage location of your company"
                        : "is a storage location of another warehouse"));
            } else {
                locationId = location.id();
            }
        }
        Map<String, PurchaseOrderLine> orderLines = orders.lines(order.id()).stream()
                .collect(Collectors.toMap(PurchaseOrderLine::id, l -> l));
        Map<String, Item> items = orders.items(orderLines.values());
        Map<String, BigDecimal> arriving = new HashMap<>();
        List<Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            GoodsReceived.Line requested = request.lines().get(i);
            String field = "lines[" + i + "].";
            PurchaseOrderLine line = orderLines.get(requested.lineId());
            if (line == null) {
                errors.add(new Violation(field + "line_id", "is not a line of purchase order " + order.number()));
                continue;
            }
            Item item = items.get(line.itemId());
            arriving.merge(line.id(), requested.quantity(), BigDecimal::add);
            String number = requested.lotNumber() == null || requested.lotNumber().isBlank() ? null : requested.lotNumber().strip();
            if (number == null && item.lotTracked()) {
                errors.add(new Violation(field + "lot_number", "is required: item " + item.code() + " is lot-tracked"));
                continue;
            }
            if (number == null && item.incomingInspection()) {
                number = order.number() + "-" + line.lineNumber() + "-" + (receivedLines(line.id()) + 1); // quarantine needs a lot
            }
            Lot lot = number == null ? null : findLot(item.id(), number);
            if (lot != null && item.incomingInspection() && lot.status() == LotStatus.RELEASED) {
                errors.add(new Violation(field + "lot_number", "lot " + number + " is released; goods awaiting inspection need a new lot"));
                continue;
            }
            NewLot newLot = number == null || lot != null ? null : new NewLot(item.id(), number, requested.expiryDate(),
                    requested.supplierLot(), (item.incomingInspection() ? LotStatus.QUARANTINED : LotStatus.RELEASED).apiName());
            arrivals.add(new Arrival(line, item, requested.quantity(), lot, newLot));
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        requireOpen(order, orderLines, items, arriving);
        if (warehouse.archived()) {
            throw new Conflict("warehouse-archived", "Warehouse " + warehouse.code() + " is archived and takes no new stock.");
        }

        // Checked: from here on things are written.
        arrivals.sort(Comparator.comparing((Arrival a) -> a.item().id())); // one lock order for all receipts
        List<Arrival> booked = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        Map<String, Lot> created = new HashMap<>(); // two lines of one receipt may name the same new lot
        for (Arrival arrival : arrivals) {
            Lot lot = arrival.lot() != null ? arrival.lot() : arrival.newLot() == null ? null
                    : created.computeIfAbsent(arrival.item().id() + "/" + arrival.newLot().number(), key -> lots.create(arrival.newLot()));
            Leg leg = new Leg(warehouse.id(), locationId, lot == null ? null : lot.id(), arrival.quantity());
            Plan plan = new Plan(MovementKind.RECEIPT, arrival.item(), List.of(leg), null, arrival.quantity(),
                    "Purchase order " + order.number(), REFERENCE_TYPE, order.id());
            movements.ensureRows(arrival.item().id(), plan.legs());
            booked.add(new Arrival(arrival.line(), arrival.item(), arrival.quantity(), lot, null));
            plans.add(plan);
        }
        String warehouseId = warehouse.id();
        String location = locationId;
        Function<List<List<StockMovement>>, Receipt> record = posted -> record(order.id(), warehouseId, location, booked, posted);
        return LockFailures.retrying(() -> ledger.apply(plans, record));
    }

    /** Inside the ledger's transaction, after the movements: the purchase order under its lock, checked again and updated. */
    private Receipt record(String orderId, String warehouseId, String locationId, List<Arrival> arrivals, List<List<StockMovement>> posted) {
        PurchaseOrder order = PurchaseOrderRepository.in(em).lock(orderId);
        requireReceiving(order);
        List<PurchaseOrderLine> lines = orders.lines(orderId);
        Map<String, PurchaseOrderLine> byId = lines.stream().collect(Collectors.toMap(PurchaseOrderLine::id, l -> l));
        Map<String, BigDecimal> arriving = new HashMap<>();
        arrivals.forEach(a -> arriving.merge(a.line().id(), a.quantity(), BigDecimal::add));
        requireOpen(order, byId, orders.items(lines), arriving); // a concurrent receipt may have taken what was open
        PurchaseOrderStatus before = order.status();
        java.time.Instant now = PurchaseOrderService.now();
        PurchaseReceipt receipt = new PurchaseReceipt(PublicIds.next(PREFIX), orderId, warehouseId, locationId, caller.actorId(), now);
        PurchaseReceiptRepository.in(em).add(receipt);
        List<PurchaseReceiptLine> receiptLines = new ArrayList<>();
        for (int i = 0; i < arrivals.size(); i++) {
            Arrival arrival = arrivals.get(i);
            PurchaseOrderLine line = byId.get(arrival.line().id());
            line.receive(arrival.quantity());
            PurchaseReceiptLine receiptLine = new PurchaseReceiptLine(PublicIds.next(LINE_PREFIX), receipt.id(), line.id(), line.itemId(),
                    arrival.quantity(), arrival.lot() == null ? null : arrival.lot().id(), posted.get(i).get(0).id(), now);
            PurchaseReceiptRepository.in(em).add(receiptLine);
            receiptLines.add(receiptLine);
        }
        PurchaseOrderStatus after = PurchaseOrderLifecycle.afterReceipt(lines.stream().map(PurchaseOrderLine::quantity).toList(),
                lines.stream().map(PurchaseOrderLine::receivedQuantity).toList());
        order.moveTo(after, now);
        audit.record(em, "purchase_order.received", "purchase_order", orderId, new Changes().field("status", before.apiName(), after.apiName())
                .field("receipt", null, receipt.id()).field("lines", null, receiptLines.size()));
        em.flush();
        receiptLines.sort(Comparator.comparing(PurchaseReceiptLine::id));
        return new Receipt(receipt, receiptLines);
    }

    private static void requireReceiving(PurchaseOrder order) {
        if (!order.status().receiving()) {
            List<String> allowed = PurchaseOrderService.allowedActions(order);
            throw new Conflict("illegal-transition", "A purchase order that is " + order.status().apiName()
                    + " takes no receipts" + (order.status() == PurchaseOrderStatus.DRAFT ? "; send it first" : "") + "; "
                    + (allowed.isEmpty() ? "no action is allowed any more." : "allowed: " + String.join(", ", allowed) + "."));
        }
    }

    /** A 409 naming each line that would receive more than is open. */
    private static void requireOpen(PurchaseOrder order, Map<String, PurchaseOrderLine> lines, Map<String, Item> items,
                                    Map<String, BigDecimal> arriving) {
        List<Violation> over = new ArrayList<>();
        arriving.forEach((lineId, quantity) -> {
            PurchaseOrderLine line = lines.get(lineId);
            if (quantity.compareTo(line.openQuantity()) > 0) {
                over.add(new Violation("lines", "line " + line.lineNumber() + " (" + items.get(line.itemId()).code() + "): "
                        + plainText(quantity) + " arrived, " + plainText(line.openQuantity()) + " open"));
            }
        });
        if (!over.isEmpty()) {
            throw new Conflict("over-receipt", "Conflict", "Purchase order " + order.number() + " does not have that much open; "
                    + "nothing was received. " + over.stream().map(Violation::message).collect(Collectors.joining("; ")) + ".",
                    over);
        }
    }

    private long receivedLines(String lineId) {
        return PurchaseReceiptRepository.in(em).receivedLines(lineId);
    }

    private Lot findLot(String itemId, String number) {
        return LotRepository.in(em).byNumber(itemId, number).orElse(null);
    }

}
