package io.flowline.purchasing;

import static io.flowline.platform.json.Decimals.plainText;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.flowline.catalog.Item;
import io.flowline.catalog.ItemCatalog;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.failure.Violation;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.numbering.NumberSeries;
import io.flowline.platform.numbering.OrderNumbers;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.tenancy.Tenant;
import io.flowline.platform.tenancy.TenantContext;
import io.flowline.purchasing.engine.PurchaseOrderAction;
import io.flowline.purchasing.engine.PurchaseOrderLifecycle;
import io.flowline.purchasing.engine.PurchaseOrderStatus;
import io.flowline.stock.StockMovementService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Purchase orders: numbered gap-free like sales orders, moved along by explicit actions, lines changed with If-Match
 * while a draft. Also what planning reads and writes: the open lines as scheduled receipts, and drafts for planned orders.
 */
@ApplicationScoped
public class PurchaseOrderService {
    public static final String PREFIX = "pur";
    public static final String LINE_PREFIX = "pol";

    @Inject
    EntityManager em;

    @Inject
    TenantContext caller;

    @Inject
    AuditLog audit;

    @Inject
    OrderNumbers numbers;

    @Inject
    SupplierService suppliers;

    @Inject
    SupplierItemService supplierItems;

    /** A line as checked, before it is stored. */
    private record LineDraft(Item item, BigDecimal quantity, BigDecimal unitPrice, String currency, LocalDate expectedDate) {
    }

    /** An open purchase order line as planning nets against it: {@code openQuantity} of the item is expected on {@code expectedDate}. */
    public record ScheduledReceipt(String itemId, LocalDate expectedDate, BigDecimal openQuantity, String purchaseOrderId, String lineId) {
    }

    /** A purchase order created for a planned order. */
    public record DraftPurchaseOrder(String id, String number) {
    }

    // ---- reads

    public List<PurchaseOrder> list(PageRequest page, String status, String supplierId, String itemId) {
        PurchaseOrderStatus wanted = status == null ? null : PurchaseOrderStatus.parse(status)
                .orElseThrow(() -> new RuleBroken("status", "must be one of " + PurchaseOrderStatus.allNames()));
        return PurchaseOrderRepository.in(em).list(page, wanted, supplierId, itemId);
    }

    public PurchaseOrder get(String id) {
        return PurchaseOrderRepository.in(em).find(id).orElseThrow(() -> new NotFound("purchase order", id));
    }

    public List<PurchaseOrderLine> lines(String orderId) {
        return lines(List.of(orderId)).getOrDefault(orderId, List.of());
    }

    public Map<String, List<PurchaseOrderLine>> lines(Collection<String> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return PurchaseOrderRepository.in(em).lines(orderIds).stream()
                .collect(Collectors.groupingBy(PurchaseOrderLine::purchaseOrderId, LinkedHashMap::new, Collectors.toList()));
    }

    public Map<String, Item> items(Collection<PurchaseOrderLine> lines) {
        return ItemCatalog.in(em).byId(lines.stream().map(PurchaseOrderLine::itemId).toList());
    }

    /**
     * The scheduled receipts planning nets against: every line of a draft, sent or partly received purchase order that
     * still has an open quantity, by expected date. For the given items, or all items when {@code itemIds} is empty.
     */
    public List<ScheduledReceipt> scheduledReceipts(Collection<String> itemIds) {
        List<ScheduledReceipt> receipts = new ArrayList<>();
        for (PurchaseOrderLine line : PurchaseOrderRepository.in(em).linesIn(PurchaseOrderStatus.openStatuses(), itemIds)) {
            if (line.openQuantity().signum() > 0) {
                receipts.add(new ScheduledReceipt(line.itemId(), line.expectedDate(), line.openQuantity(), line.purchaseOrderId(), line.id()));
            }
        }
        return receipts;
    }

    // ---- changes

    @Transactional
    public PurchaseOrder create(NewPurchaseOrder request) {
        numbers.prepare(NumberSeries.PURCHASE_ORDER); // before this transaction holds a connection
        List<Violation> errors = new ArrayList<>();
        Supplier supplier = SupplierRepository.in(em).find(request.supplierId()).orElse(null);
        if (supplier == null) {
            errors.add(new Violation("supplier_id", "is not a supplier of your company"));
        } else if (supplier.archived()) {
            errors.add(new Violation("supplier_id", "is archived and gets no new purchase orders"));
        }
        List<LineDraft> drafts = supplier == null ? List.of() : checkLines(request.lines(), supplier, errors);
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        return store(supplier, drafts, blankToNull(request.notes()), blankToNull(request.externalReference()));
    }

    private PurchaseOrder store(Supplier supplier, List<LineDraft> drafts, String notes, String externalReference) {
        Instant now = now();
        // Taken as late as possible: from here to commit, other creations of this company wait for the counter row.
        String number = numbers.next(em, NumberSeries.PURCHASE_ORDER, this::numberTaken);
        PurchaseOrder order = new PurchaseOrder(PublicIds.next(PREFIX), number, supplier.id(), supplier.currency(), now);
        order.changeNotes(notes);
        order.changeExternalReference(externalReference);
        PurchaseOrderRepository.in(em).add(order);
        storeLines(order, drafts, now);
        audit.record(em, "purchase_order.created", "purchase_order", order.id(), new Changes().field("number", null, number)
                .field("supplier", null, supplier.code()).field("lines", null, drafts.size()));
        em.flush();
        return order;
    }

    /**
     * Creates a draft purchase order for a planned order of planning: {@code quantity} of the item from its preferred
     * supplier, at that supplier's price, expected on {@code date}.
     *
     * @throws Conflict naming the item when it has no preferred supplier (or it is archived); {@link RuleBroken} when the
     *                   supplier has no price for it
     */
    @Transactional
    public DraftPurchaseOrder draftForPlannedOrder(String itemId, BigDecimal quantity, LocalDate date) {
        numbers.prepare(NumberSeries.PURCHASE_ORDER);
        Item item = ItemCatalog.in(em).find(itemId).orElse(null);
        if (item == null) {
            throw new NotFound("item", itemId);
        }
        SupplierItem terms = supplierItems.preferred(item.id()).orElseThrow(() -> new Conflict("no-supplier",
                "Item " + item.code() + " has no preferred supplier; add one with POST /api/v1/suppliers/{id}/items."));
        Supplier supplier = suppliers.get(terms.supplierId());
        if (supplier.archived()) {
            throw new Conflict("no-supplier", "Item " + item.code() + "'s preferred supplier " + supplier.code() + " is archived.");
        }
        List<Violation> errors = new ArrayList<>();
        List<LineDraft> drafts = checkLines(List.of(new NewPurchaseOrderLine(item.id(), quantity, null, date)), supplier, errors);
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        PurchaseOrder order = store(supplier, drafts, "Planned order", null);
        return new DraftPurchaseOrder(order.id(), order.number());
    }

    @Transactional
    public PurchaseOrder update(String id, String ifMatch, PurchaseOrderChanges request) {
        PurchaseOrder order = get(id);
        OptimisticLocking.requireMatch(ifMatch, order.version());
        if (order.status() == PurchaseOrderStatus.CLOSED || order.status() == PurchaseOrderStatus.CANCELLED) {
            throw new Conflict("purchase-order-finished", "Purchase order " + order.number() + " is " + order.status().apiName()
                    + " and can no longer change.");
        }
        Changes changes = new Changes();
        if (request.lines() != null) {
            if (order.status() != PurchaseOrderStatus.DRAFT) {
                throw new Conflict("purchase-order-sent", "Purchase order " + order.number() + " is " + order.status().apiName()
                        + "; its lines change only while it is a draft.");
            }
            List<Violation> errors = new ArrayList<>();
            List<LineDraft> drafts = checkLines(request.lines(), suppliers.get(order.supplierId()), errors);
            if (!errors.isEmpty()) {
                throw new RuleBroken(errors);
            }
            List<PurchaseOrderLine> old = lines(order.id());
            changes.field("lines", describe(old), drafts.stream().map(d -> plainText(d.quantity()) + " " + d.item().code()).collect(Collectors.joining(", ")));
            old.forEach(em::remove);
            em.flush(); // the old line numbers are free before the new lines take them
            storeLines(order, drafts, now());
        }
        if (request.lineChanges() != null) {
            changeLines(order, request.lineChanges(), changes);
        }
        if (request.notes() != null) {
            changes.field("notes", order.notes(), blankToNull(request.notes()));
            order.changeNotes(blankToNull(request.notes()));
        }
        if (request.externalReference() != null) {
            changes.field("external_reference", order.externalReference(), blankToNull(request.externalReference()));
            order.changeExternalReference(blankToNull(request.externalReference()));
        }
        if (!changes.isEmpty()) {
            order.touched(now());
            audit.record(em, "purchase_order.changed", "purchase_order", order.id(), changes);
            em.flush();
        }
        return order;
    }

    @Transactional
    public PurchaseOrder act(String id, PurchaseOrderAction action) {
        PurchaseOrder order = get(id);
        List<PurchaseOrderAction> allowed = PurchaseOrderLifecycle.allowedActions(order.status());
        if (!allowed.contains(action)) { // the detail names the allowed actions as the endpoints spell them
            throw new Conflict("illegal-transition", "A purchase order that is " + order.status().apiName() + " cannot "
                    + action.apiName() + "; " + (allowed.isEmpty() ? "no action is allowed any more."
                    : "allowed: " + String.join(", ", allowedActions(order)) + "."));
        }
        Changes changes = new Changes().field("status", order.status().apiName(), action.target().apiName());
        order.moveTo(action.target(), now());
        audit.record(em, "purchase_order." + action.apiName(), "purchase_order", order.id(), changes);
        em.flush();
        return order;
    }

    /** The actions allowed now, as path segments of their endpoints. */
    public static List<String> allowedActions(PurchaseOrder order) {
        return PurchaseOrderLifecycle.allowedActions(order.status()).stream().map(PurchaseOrderAction::apiName).toList();
    }

    // ---- lines

    /** Quantities and expected dates of single lines; a partly received order whose lines are all met is then received. */
    private void changeLines(PurchaseOrder order, List<PurchaseOrderChanges.LineChange> lineChanges, Changes changes) {
        Map<String, PurchaseOrderLine> lines = lines(order.id()).stream().collect(Collectors.toMap(PurchaseOrderLine::id, l -> l));
        List<Violation> errors = new ArrayList<>();
        for (int i = 0; i < lineChanges.size(); i++) {
            PurchaseOrderChanges.LineChange change = lineChanges.get(i);
            PurchaseOrderLine line = lines.get(change.lineId());
            if (line == null) {
                errors.add(new Violation("line_changes[" + i + "].line_id", "is not a line of purchase order " + order.number()));
            } else if (change.quantity() != null && change.quantity().compareTo(line.receivedQuantity()) < 0) {
                errors.add(new Violation("line_changes[" + i + "].quantity", "must not be below the " + plainText(line.receivedQuantity())
                        + " already received"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        for (PurchaseOrderChanges.LineChange change : lineChanges) {
            PurchaseOrderLine line = lines.get(change.lineId());
            if (change.quantity() != null) {
                changes.field("line " + line.lineNumber() + " quantity", plainText(line.quantity()), plainText(change.quantity()));
                line.changeQuantity(change.quantity());
            }
            if (change.expectedDate() != null) {
                changes.field("line " + line.lineNumber() + " expected_date", line.expectedDate(), change.expectedDate());
                line.changeExpectedDate(change.expectedDate());
            }
        }
        // a quantity cut to what arrived completes the order; one raised on a received order opens it again for receipts
        if (order.status() == PurchaseOrderStatus.PARTLY_RECEIVED || order.status() == PurchaseOrderStatus.RECEIVED) {
            List<PurchaseOrderLine> all = List.copyOf(lines.values());
            PurchaseOrderStatus after = PurchaseOrderLifecycle.afterReceipt(all.stream().map(PurchaseOrderLine::quantity).toList(),
                    all.stream().map(PurchaseOrderLine::receivedQuantity).toList());
            if (after != order.status()) {
                changes.field("status", order.status().apiName(), after.apiName());
                order.moveTo(after, now());
            }
        }
    }

    private List<LineDraft> checkLines(List<NewPurchaseOrderLine> requests, Supplier supplier, List<Violation> errors) {
        LocalDate today = em.find(Tenant.class, caller.tenantId()).today();
        List<LineDraft> drafts = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            NewPurchaseOrderLine line = requests.get(i);
            String field = "lines[" + i + "].";
            Item item = ItemCatalog.in(em).find(line.itemId()).orElse(null);
            if (item == null) {
                errors.add(new Violation(field + "item_id", "is not an item of your company"));
                continue;
            }
            if (item.archived()) {
                errors.add(new Violation(field + "item_id", "is archived"));
            }
            SupplierItem terms = supplierItems.find(supplier.id(), item.id()).orElse(null);
            BigDecimal price = line.unitPrice() != null ? line.unitPrice().amount() : terms == null ? null : terms.unitPriceAmount();
            String currency = line.unitPrice() != null && line.unitPrice().currency() != null ? line.unitPrice().currency()
                    : line.unitPrice() == null && terms != null && terms.unitPriceCurrency() != null ? terms.unitPriceCurrency() : supplier.currency();
            if (price == null) {
                errors.add(new Violation(field + "unit_price", "is required: supplier " + supplier.code() + " has no price for " + item.code()));
            } else if (!currency.equals(supplier.currency())) {
                errors.add(new Violation(field + "unit_price.currency", "must be the supplier's currency, " + supplier.currency()));
            }
            int leadTime = terms != null && terms.leadTimeDays() != null ? terms.leadTimeDays()
                    : supplier.defaultLeadTimeDays() != null ? supplier.defaultLeadTimeDays() : item.leadTimeDays();
            LocalDate expected = line.expectedDate() != null ? line.expectedDate() : today.plusDays(leadTime);
            drafts.add(new LineDraft(item, line.quantity(), price, currency, expected));
        }
        return drafts;
    }

    private void storeLines(PurchaseOrder order, List<LineDraft> drafts, Instant now) {
        int number = 1;
        for (LineDraft d : drafts) {
            PurchaseOrderRepository.in(em).add(new PurchaseOrderLine(PublicIds.next(LINE_PREFIX), order.id(), number++, d.item().id(), d.quantity(), d.unitPrice(),
                    d.currency(), d.expectedDate(), now));
        }
    }

    /** Sum of quantity x unit price, to the 4 places money has. */
    public static BigDecimal total(List<PurchaseOrderLine> lines) {
        return lines.stream().map(l -> l.quantity().multiply(l.unitPriceAmount())).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(4, RoundingMode.HALF_EVEN);
    }

    private static String describe(List<PurchaseOrderLine> lines) {
        return lines.stream().map(l -> plainText(l.quantity()) + " " + l.itemId()).collect(Collectors.joining(", "));
    }

    private boolean numberTaken(String number) {
        return PurchaseOrderRepository.in(em).numberTaken(number);
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String text) {
        return SupplierItemService.blankToNull(text);
    }
}
