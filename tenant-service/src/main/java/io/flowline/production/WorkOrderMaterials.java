package io.flowline.production;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.flowline.production.engine.WorkOrderStatus;
import io.flowline.catalog.BomLines;
import io.flowline.catalog.Item;
import io.flowline.catalog.ItemCatalog;
import io.flowline.catalog.ProductOptionsService;
import io.flowline.catalog.engine.BomLine;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.failure.Violation;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.json.JsonbConfigurator;
import io.flowline.platform.mail.MailTemplates;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.tenancy.TenantContext;
import io.flowline.platform.tenancy.TenantService;
import io.flowline.production.engine.MaterialPicking;
import io.flowline.stock.Lot;
import io.flowline.stock.LotRepository;
import io.flowline.stock.NewReservation;
import io.flowline.stock.NewStockMovement;
import io.flowline.stock.Reservation;
import io.flowline.stock.ReservationService;
import io.flowline.stock.ReservationStatus;
import io.flowline.stock.StockLevelService;
import io.flowline.stock.StockMovement;
import io.flowline.stock.StockMovementService;
import io.flowline.stock.StorageLocation;
import io.flowline.stock.Warehouse;
import io.flowline.stock.WarehouseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A work order's materials: the list made at release from the bill of materials (of the chosen configuration, for a
 * configurable item), the stock reserved for it, the material slip, issues by lot and backflush.
 * <p>
 * Stock moves only through the stock ledger, with reference type {@code work_order} and the work order's id, in the
 * caller's transaction. The ledger clears the persistence context before each posting (it reads every row as it locks it),
 * so the methods here post first and then read and write their own rows afresh.
 */
@ApplicationScoped
public class WorkOrderMaterials {
    public static final String LINE_PREFIX = "wom";
    public static final String ISSUE_PREFIX = "woi";
    /** The stock ledger's reference type for what a work order reserves and consumes; genealogy reads its issues by it. */
    public static final String REFERENCE_TYPE = "work_order";
    /** Where materials may be issued; the shop floor's in_progress joins here. */
    private static final Set<WorkOrderStatus> ISSUABLE = EnumSet.of(WorkOrderStatus.RELEASED, WorkOrderStatus.IN_PROGRESS);
    private static final Type CHOICES = new LinkedHashMap<String, String>() { }.getClass().getGenericSuperclass();

    @Inject
    EntityManager em;

    @Inject
    BomLines bomLines;

    @Inject
    ProductOptionsService productOptions;

    @Inject
    StockLevelService stockLevels;

    @Inject
    ReservationService reservations;

    @Inject
    StockMovementService movements;

    @Inject
    TenantService tenants;

    @Inject
    TenantContext caller;

    @Inject
    AuditLog audit;

    /** The chosen option per group stored as JSON text on a work order or planned order; null for none. */
    public static Map<String, String> choices(String configurationJson) {
        return configurationJson == null ? null : JsonbConfigurator.jsonb().fromJson(configurationJson, CHOICES);
    }

    /**
     * Checks a configuration given for a new work order and returns it as JSON text (null for none), adding a violation
     * named {@code configuration.<group>} for each choice that does not resolve against the item's options.
     */
    String checkedConfiguration(Item item, Map<String, String> configuration, List<Violation> errors) {
        if (configuration == null || configuration.isEmpty()) {
            return null;
        }
        if (productOptions.groups(item.id()).isEmpty()) {
            errors.add(new Violation("configuration", "item " + item.code() + " has no options to choose"));
            return null;
        }
        try {
            productOptions.resolve(item.id(), configuration);
        } catch (RuleBroken invalid) {
            invalid.violations().forEach(v -> errors.add(new Violation("configuration." + v.field().replaceFirst("^choices\\.", ""), v.message())));
            return null;
        }
        return JsonbConfigurator.jsonb().toJson(new LinkedHashMap<>(configuration));
    }

    // ---- release and cancel

    /**
     * Makes the material list of a work order being released and reserves what stock is available for each line, in the
     * warehouse holding the most of it; what is not available stays unreserved (the slip shows it short). Called by
     * {@link WorkOrderService#release} after it flushed the order.
     */
    void prepare(WorkOrder order) {
        em.flush(); // the ledger clears the persistence context: what the caller changed must be written first
        List<WorkOrderMaterial> lines = plannedLines(order);
        Map<String, Map<String, BigDecimal>> availableByWarehouse = availableByWarehouse(order.id(),
                lines.stream().map(WorkOrderMaterial::itemId).distinct().toList());
        List<String> reservationIds = new ArrayList<>();
        for (WorkOrderMaterial line : lines) {
            reservationIds.add(reserve(order.id(), line.itemId(), line.requiredQuantity(), null, availableByWarehouse));
        }
        Instant now = now();
        WorkOrderMaterialRepository repository = WorkOrderMaterialRepository.in(em);
        for (int i = 0; i < lines.size(); i++) {
            WorkOrderMaterial planned = lines.get(i);
            repository.add(new WorkOrderMaterial(PublicIds.next(LINE_PREFIX), order.id(), planned.lineNumber(), planned.itemId(), planned.quantityPer(),
                    planned.scrapFactor(), planned.requiredQuantity(), planned.unit(), planned.backflush(), reservationIds.get(i), now));
        }
        if (!lines.isEmpty()) {
            audit.record(em, "work_order.materials_listed", "work_order", order.id(), new Changes().field("material_lines", null, lines.size())
                    .field("reserved_lines", null, reservationIds.stream().filter(Objects::nonNull).count()));
        }
        em.flush();
    }

    /** Releases the open reservations of a work order's material list (a cancelled order holds no stock). */
    void releaseReservations(WorkOrder order) {
        em.flush();
        for (WorkOrderMaterial line : WorkOrderMaterialRepository.in(em).lines(order.id())) {
            releaseIfOpen(line.reservationId());
        }
    }

    /** The lines a release of {@code order} makes, not stored: one per line of its bill (or its configuration's), in order. */
    private List<WorkOrderMaterial> plannedLines(WorkOrder order) {
        Map<String, String> chosen = choices(order.configurationJson());
        List<BomLine> bill = chosen == null
                ? BomLines.toEngine(bomLines.baseLines(order.itemId()))
                : productOptions.resolve(order.itemId(), chosen).resolution().lines().stream().map(l -> l.line()).toList();
        Map<String, Item> components = ItemCatalog.in(em).byId(bill.stream().map(BomLine::component).toList());
        List<WorkOrderMaterial> lines = new ArrayList<>();
        for (BomLine bomLine : bill) {
            Item component = components.get(bomLine.component());
            if (component == null) {
                continue;
            }
            BigDecimal required = MaterialPicking.required(order.quantity(), bomLine.quantityPer(), bomLine.scrapFactor(),
                    MaterialPicking.wholeUnits(component.unit()));
            lines.add(new WorkOrderMaterial(null, order.id(), lines.size() + 1, component.id(), bomLine.quantityPer(), bomLine.scrapFactor(),
                    required, component.unit(), component.backflush(), null, null));
        }
        return lines;
    }

    // ---- the slip

    /** The material slip of a work order; before release it shows the list a release would make, with nothing reserved. */
    public MaterialSlip slip(String workOrderId) {
        WorkOrder order = workOrder(workOrderId);
        List<WorkOrderMaterial> lines = order.status() == WorkOrderStatus.PLANNED ? plannedLines(order)
                : WorkOrderMaterialRepository.in(em).lines(order.id());
        Map<String, Item> items = ItemCatalog.in(em).byId(lines.stream().map(WorkOrderMaterial::itemId).toList());
        Item made = ItemCatalog.in(em).find(order.itemId()).orElse(null);
        Map<String, List<MaterialPicking.Stock>> stock = pickable(order.id(), items.keySet());
        Map<String, Warehouse> warehouses = WarehouseRepository.in(em).byId(stock.values().stream().flatMap(List::stream)
                .map(MaterialPicking.Stock::warehouseId).distinct().toList());
        Map<String, Lot> lots = new HashMap<>();
        Map<String, StorageLocation> locations = new HashMap<>();
        boolean open = order.status() != WorkOrderStatus.CANCELLED;
        List<MaterialSlip.Line> slipLines = new ArrayList<>();
        for (WorkOrderMaterial line : lines) {
            BigDecimal reserved = BigDecimal.ZERO;
            if (line.reservationId() != null) {
                Reservation reservation = reservations.get(line.reservationId());
                reserved = reservation.status() == ReservationStatus.OPEN ? reservation.openQuantity() : BigDecimal.ZERO;
            }
            List<MaterialPicking.Stock> places = stock.getOrDefault(line.itemId(), List.of());
            MaterialPicking.Picks picks = MaterialPicking.pick(places, open ? line.remainingQuantity() : BigDecimal.ZERO);
            List<MaterialSlip.Pick> slipPicks = new ArrayList<>();
            for (MaterialPicking.Pick pick : picks.picks()) {
                MaterialPicking.Stock from = pick.from();
                Warehouse warehouse = warehouses.get(from.warehouseId());
                StorageLocation location = from.locationId() == null ? null
                        : locations.computeIfAbsent(from.locationId(), id -> WarehouseRepository.in(em).findLocation(id).orElse(null));
                Lot lot = from.lotId() == null ? null : lots.computeIfAbsent(from.lotId(), id -> LotRepository.in(em).find(id).orElse(null));
                slipPicks.add(new MaterialSlip.Pick(from.warehouseId(), warehouse == null ? null : warehouse.code(), from.locationId(),
                        location == null ? null : location.code(), from.lotId(), lot == null ? null : lot.number(), from.expiryDate(),
                        pick.quantity(), MaterialPicking.tidy(from.available())));
            }
            // a later line of the same component picks from what this one left
            stock.put(line.itemId(), taken(places, picks));
            slipLines.add(new MaterialSlip.Line(line, items.get(line.itemId()), MaterialPicking.tidy(reserved), slipPicks, picks.shortQuantity()));
        }
        String language = MailTemplates.language(tenants.current().locale());
        return new MaterialSlip(order, made, choices(order.configurationJson()), language, slipLines);
    }

    /** The places with what is left of them after {@code picks}. */
    private static List<MaterialPicking.Stock> taken(List<MaterialPicking.Stock> places, MaterialPicking.Picks picks) {
        Map<MaterialPicking.Stock, BigDecimal> takenFrom = new HashMap<>();
        picks.picks().forEach(p -> takenFrom.merge(p.from(), p.quantity(), BigDecimal::add));
        return places.stream().map(s -> takenFrom.containsKey(s) ? new MaterialPicking.Stock(s.warehouseId(), s.locationId(), s.lotId(),
                s.expiryDate(), s.receivedAt(), s.available().subtract(takenFrom.get(s))) : s).toList();
    }

    // ---- issues

    public List<WorkOrderMaterialIssue> issues(String workOrderId, PageRequest page) {
        WorkOrder order = workOrder(workOrderId);
        return WorkOrderMaterialRepository.in(em).issues(order.id(), page);
    }

    /** A planned issue: so much of a material line's component from one place (location and lot as the stock is kept). */
    private record Planned(String materialId, String itemId, BigDecimal quantity, String warehouseId, String locationId, String lotId) {
    }

    /**
     * Issues components to a released work order, all lines or none: posts an ISSUE movement per place taken from, in place of
     * the reservation the line held, and reserves again what the line still needs and its warehouse has. A component not on
     * the material list is refused (400): an extra component goes on the bill first, or out as a plain stock issue.
     */
    @Transactional
    public List<WorkOrderMaterialIssue> issue(String workOrderId, List<NewMaterialIssue> requested) {
        WorkOrder order = workOrder(workOrderId);
        requireIssuable(order);
        List<WorkOrderMaterial> lines = WorkOrderMaterialRepository.in(em).lines(order.id());
        Map<String, Item> items = ItemCatalog.in(em).byId(requested.stream().map(NewMaterialIssue::itemId).filter(Objects::nonNull).toList());
        Map<String, List<MaterialPicking.Stock>> stock = pickable(order.id(), items.keySet());
        List<Violation> errors = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        Map<String, BigDecimal> toIssue = new HashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            NewMaterialIssue request = requested.get(i);
            String field = "lines[" + i + "].";
            Item item = items.get(request.itemId());
            WorkOrderMaterial line = item == null ? null : lineFor(lines, item.id(), toIssue);
            if (line == null) {
                errors.add(new Violation(field + "item_id", item == null ? "is not an item of yours"
                        : "item " + item.code() + " is not on the work order's material list"));
                continue;
            }
            Warehouse warehouse = null;
            if (request.warehouseId() != null) {
                warehouse = WarehouseRepository.in(em).find(request.warehouseId()).orElse(null);
                if (warehouse == null) {
                    errors.add(new Violation(field + "warehouse_id", "is not a warehouse of yours"));
                    continue;
                }
            }
            StorageLocation location = null;
            if (request.locationId() != null) {
                location = WarehouseRepository.in(em).findLocation(request.locationId()).orElse(null);
                if (location == null || (warehouse != null && !location.warehouseId().equals(warehouse.id()))) {
                    errors.add(new Violation(field + "location_id", location == null ? "is not a storage location of yours"
                            : "is a storage location of another warehouse"));
                    continue;
                }
            }
            if (request.lotId() != null) {
                Lot lot = LotRepository.in(em).find(request.lotId()).orElse(null);
                if (lot == null || !lot.itemId().equals(item.id())) {
                    errors.add(new Violation(field + "lot_id", lot == null ? "is not a lot of yours" : "is a lot of another item"));
                    continue;
                }
            } else if (item.lotTracked()) {
                errors.add(new Violation(field + "lot_id", "is required: item " + item.code() + " is lot-tracked"));
                continue;
            }
            toIssue.merge(line.id(), request.quantity(), BigDecimal::add);
            if (location != null) {
                // the place is named: the ledger decides whether it holds enough
                planned.add(new Planned(line.id(), item.id(), request.quantity(), location.warehouseId(), location.id(), request.lotId()));
                continue;
            }
            String warehouseId = warehouse == null ? null : warehouse.id();
            List<MaterialPicking.Stock> places = stock.getOrDefault(item.id(), List.of()).stream()
                    .filter(s -> warehouseId == null || s.warehouseId().equals(warehouseId))
                    .filter(s -> request.lotId() == null || request.lotId().equals(s.lotId())).toList();
            MaterialPicking.Picks picks = MaterialPicking.pick(places, request.quantity());
            if (picks.shortQuantity().signum() > 0) {
                String numbers = "requested " + MaterialPicking.tidy(request.quantity()).toPlainString() + " " + item.unit() + ", available "
                        + picks.picked().toPlainString() + " " + item.unit();
                throw new Conflict("insufficient-stock", "Not enough stock", "Not enough available stock of item " + item.code()
                        + (warehouse == null ? "" : " in warehouse " + warehouse.code()) + ": " + numbers + ".",
                        List.of(new Violation(field + "quantity", numbers)));
            }
            for (MaterialPicking.Pick pick : picks.picks()) {
                planned.add(new Planned(line.id(), item.id(), pick.quantity(), pick.from().warehouseId(), pick.from().locationId(), pick.from().lotId()));
            }
            stock.put(item.id(), taken(stock.getOrDefault(item.id(), List.of()), picks));
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        return post(order, lines, planned, Map.of(), false);
    }

    /** The first line of the component with something left to issue (after what this request already puts on it), else its first line. */
    private static WorkOrderMaterial lineFor(List<WorkOrderMaterial> lines, String itemId, Map<String, BigDecimal> toIssue) {
        WorkOrderMaterial first = null;
        for (WorkOrderMaterial line : lines) {
            if (line.itemId().equals(itemId)) {
                if (first == null) {
                    first = line;
                }
                if (line.remainingQuantity().compareTo(toIssue.getOrDefault(line.id(), BigDecimal.ZERO)) > 0) {
                    return line;
                }
            }
        }
        return first;
    }

    /**
     * Backflush: when good output is reported, each backflush line issues its share of the requirement for the output
     * reported so far, less what was issued already, picked FEFO then FIFO from the stock the work order may take. What
     * stock does not cover stays to issue (the slip shows it); the output report is not refused for it.
     */
    @Transactional
    public void backflush(@Observes OutputReported event) {
        // The ledger clears the persistence context before it posts: the reporter's pending changes are written first, and
        // entities it holds are detached afterwards (it reads them again, as this class does).
        em.flush();
        WorkOrder order = WorkOrderRepository.in(em).find(event.workOrderId()).orElse(null);
        if (order == null || event.goodQuantity() == null || event.goodQuantity().signum() <= 0) {
            return;
        }
        List<WorkOrderMaterial> lines = WorkOrderMaterialRepository.in(em).lines(order.id());
        List<WorkOrderMaterial> backflushed = lines.stream().filter(WorkOrderMaterial::backflush).toList();
        if (backflushed.isEmpty()) {
            return;
        }
        Map<String, List<MaterialPicking.Stock>> stock = pickable(order.id(),
                backflushed.stream().map(WorkOrderMaterial::itemId).collect(Collectors.toSet()));
        List<Planned> planned = new ArrayList<>();
        Map<String, BigDecimal> covered = new HashMap<>();
        for (WorkOrderMaterial line : backflushed) {
            BigDecimal due = MaterialPicking.backflush(line.requiredQuantity(), order.quantity(), line.backflushedGood().add(event.goodQuantity()),
                    line.issuedQuantity(), MaterialPicking.wholeUnits(line.unit()));
            covered.put(line.id(), event.goodQuantity());
            MaterialPicking.Picks picks = MaterialPicking.pick(stock.getOrDefault(line.itemId(), List.of()), due);
            for (MaterialPicking.Pick pick : picks.picks()) {
                planned.add(new Planned(line.id(), line.itemId(), pick.quantity(), pick.from().warehouseId(), pick.from().locationId(), pick.from().lotId()));
            }
            stock.put(line.itemId(), taken(stock.getOrDefault(line.itemId(), List.of()), picks));
        }
        post(order, lines, planned, covered, true);
    }

    /**
     * Posts the planned issues: releases the open reservations of the lines they touch, posts one ISSUE per place, reserves
     * again what each touched line still needs (as far as its warehouse has it), then records the issues on the lines.
     */
    private List<WorkOrderMaterialIssue> post(WorkOrder order, List<WorkOrderMaterial> lines, List<Planned> planned, Map<String, BigDecimal> covered,
                                              boolean backflush) {
        Map<String, WorkOrderMaterial> byId = new LinkedHashMap<>();
        lines.forEach(l -> byId.put(l.id(), l));
        Map<String, BigDecimal> issuedNow = new LinkedHashMap<>();
        planned.forEach(p -> issuedNow.merge(p.materialId(), p.quantity(), BigDecimal::add));
        Map<String, String> oldWarehouse = new HashMap<>();
        for (String materialId : issuedNow.keySet()) {
            WorkOrderMaterial line = byId.get(materialId);
            Reservation released = releaseIfOpen(line.reservationId());
            if (released != null) {
                oldWarehouse.put(materialId, released.warehouseId());
            }
        }
        String reason = (backflush ? "Backflush for " : "Material issue to ") + order.number();
        List<String> postings = new ArrayList<>();
        for (Planned issue : planned) { // the ledger answers a 409 when a named place holds too little
            List<StockMovement> posted = movements.post(new NewStockMovement("issue", issue.itemId(), issue.quantity(), null, issue.warehouseId(),
                    issue.locationId(), issue.lotId(), null, null, null, reason, REFERENCE_TYPE, order.id()));
            postings.add(posted.get(0).postingId());
        }
        Map<String, String> newReservations = new HashMap<>();
        Map<String, Map<String, BigDecimal>> available = availableByWarehouse(order.id(),
                issuedNow.keySet().stream().map(id -> byId.get(id).itemId()).distinct().toList());
        for (Map.Entry<String, BigDecimal> touched : issuedNow.entrySet()) {
            WorkOrderMaterial line = byId.get(touched.getKey());
            BigDecimal still = line.requiredQuantity().subtract(line.issuedQuantity()).subtract(touched.getValue());
            if (still.signum() > 0) {
                newReservations.put(line.id(), reserve(order.id(), line.itemId(), still, oldWarehouse.get(line.id()), available));
            }
        }

        // the ledger cleared the persistence context: our rows are read again before they change
        Instant now = now();
        WorkOrderMaterialRepository repository = WorkOrderMaterialRepository.in(em);
        List<WorkOrderMaterialIssue> recorded = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            Planned issue = planned.get(i);
            WorkOrderMaterial line = byId.get(issue.materialId());
            WorkOrderMaterialIssue row = new WorkOrderMaterialIssue(PublicIds.next(ISSUE_PREFIX), order.id(), line.id(), line.itemId(),
                    MaterialPicking.tidy(issue.quantity()), line.unit(), issue.warehouseId(), issue.locationId(), issue.lotId(), postings.get(i),
                    backflush, caller.actorType(), caller.actorId(), now);
            repository.add(row);
            recorded.add(row);
        }
        for (WorkOrderMaterial stale : byId.values()) {
            BigDecimal issued = issuedNow.get(stale.id());
            BigDecimal good = covered.get(stale.id());
            if (issued == null && good == null) {
                continue;
            }
            WorkOrderMaterial line = em.find(WorkOrderMaterial.class, stale.id());
            if (issued != null) {
                line.issued(issued);
                line.reservedAs(newReservations.get(line.id()));
            }
            if (good != null) {
                line.backflushedFor(good);
            }
        }
        if (!recorded.isEmpty()) {
            audit.record(em, backflush ? "work_order.materials_backflushed" : "work_order.materials_issued", "work_order", order.id(),
                    new Changes().field("issues", null, recorded.size()).field("items", null, recorded.stream().map(WorkOrderMaterialIssue::itemId)
                            .distinct().collect(Collectors.joining(","))));
        }
        em.flush();
        return recorded;
    }

    // ---- stock

    /** Pickable stock per item for this work order (what others hold left out, what it holds itself counted in). */
    private Map<String, List<MaterialPicking.Stock>> pickable(String workOrderId, Collection<String> itemIds) {
        Map<String, List<MaterialPicking.Stock>> stock = new HashMap<>();
        for (StockLevelService.Pickable p : stockLevels.pickable(itemIds, REFERENCE_TYPE, workOrderId)) {
            stock.computeIfAbsent(p.itemId(), k -> new ArrayList<>()).add(new MaterialPicking.Stock(p.warehouseId(), p.locationId(), p.lotId(),
                    p.expiryDate(), p.receivedAt(), p.available()));
        }
        return stock;
    }

    /** Per item, per warehouse, what may be reserved for this work order now. */
    private Map<String, Map<String, BigDecimal>> availableByWarehouse(String workOrderId, Collection<String> itemIds) {
        Map<String, Map<String, BigDecimal>> available = new HashMap<>();
        pickable(workOrderId, itemIds).forEach((item, places) -> places.forEach(p ->
                available.computeIfAbsent(item, k -> new HashMap<>()).merge(p.warehouseId(), p.available(), BigDecimal::add)));
        return available;
    }

    /**
     * Reserves as much of {@code quantity} as one warehouse has (the given one, else the one with most), counting down
     * {@code available}; null when nothing is available. Never asks the ledger for more than it was told is there, so a
     * shortage leaves the line unreserved instead of refusing the release.
     */
    private String reserve(String workOrderId, String itemId, BigDecimal quantity, String warehouseId, Map<String, Map<String, BigDecimal>> available) {
        Map<String, BigDecimal> warehouses = available.getOrDefault(itemId, Map.of());
        String chosen = warehouseId;
        if (chosen == null) { // the warehouse with most; of equals, the lowest id
            for (Map.Entry<String, BigDecimal> there : new java.util.TreeMap<>(warehouses).entrySet()) {
                if (chosen == null || there.getValue().compareTo(warehouses.get(chosen)) > 0) {
                    chosen = there.getKey();
                }
            }
        }
        BigDecimal there = chosen == null ? BigDecimal.ZERO : warehouses.getOrDefault(chosen, BigDecimal.ZERO);
        BigDecimal reserved = quantity.min(there);
        if (reserved.signum() <= 0) {
            return null;
        }
        warehouses.put(chosen, there.subtract(reserved));
        return reservations.create(new NewReservation(itemId, chosen, null, reserved, REFERENCE_TYPE, workOrderId)).id();
    }

    /** Releases a reservation if it is still open; answers it as it was, or null. */
    private Reservation releaseIfOpen(String reservationId) {
        if (reservationId == null) {
            return null;
        }
        Reservation reservation = reservations.get(reservationId);
        if (reservation.status() != ReservationStatus.OPEN) {
            return null;
        }
        reservations.cancel(reservationId);
        return reservation;
    }

    private WorkOrder workOrder(String id) {
        return WorkOrderRepository.in(em).find(id).orElseThrow(() -> new NotFound("work order", id));
    }

    private static void requireIssuable(WorkOrder order) {
        if (!ISSUABLE.contains(order.status())) {
            throw new Conflict("illegal-transition", "Work order " + order.number() + " is " + order.status().apiName()
                    + "; materials are issued only to a work order that is " + ISSUABLE.stream().map(WorkOrderStatus::apiName)
                    .collect(Collectors.joining(" or ")) + ".");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
