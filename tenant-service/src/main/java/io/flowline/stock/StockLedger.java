package io.flowline.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.flowline.catalog.Item;
import io.flowline.catalog.ItemCatalog;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.Violation;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.tenancy.TenantContext;
import io.flowline.stock.StockMovementService.Leg;
import io.flowline.stock.StockMovementService.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The transactions that change stock balances, each under the pessimistic locks of the rows it
 * changes (see {@link StockLocks} for the order). The services check requests before they get here
 * and run these again when a lock wait timed out ({@link LockFailures}); a bean of its own, so that
 * calls from the services pass through the transaction interceptor.
 */
@ApplicationScoped
public class StockLedger {
    @Inject
    EntityManager em;

    @Inject
    TenantContext caller;

    @Inject
    AuditLog audit;

    @Inject
    Event<StockReceived> received;

    /**
     * Joins the transaction (whose reads all go through its own connection: eclipselink.transaction.join-existing) and
     * clears the persistence context, so each row is read as it is locked, never from an earlier read.
     */
    private void begin() {
        em.clear();
    }

    /** Microseconds, as the database keeps them, so what a POST answers is what a later GET shows. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private StockBalance findBalance(String key) {
        return StockBalanceRepository.in(em).byKey(key);
    }

    @Transactional
    public List<StockMovement> apply(Plan plan) {
        begin();
        return post(plan);
    }

    /**
     * Several postings and what the caller records with them ({@code andThen}, which gets each posting's movements), in
     * one transaction: all or nothing. Callers order the plans by item, so that concurrent calls lock rows in one order.
     * The persistence context is cleared between postings: {@code andThen} reads what it changes afresh.
     */
    @Transactional
    public <T> T apply(List<Plan> plans, Function<List<List<StockMovement>>, T> andThen) {
        begin();
        List<List<StockMovement>> movements = new ArrayList<>();
        for (Plan plan : plans) {
            movements.add(post(plan));
        }
        return andThen.apply(movements);
    }

    private List<StockMovement> post(Plan plan) {
        Item item = plan.item();
        Instant now = now();
        StockMovement.Header header = new StockMovement.Header(PublicIds.next(StockMovementService.POSTING_PREFIX), plan.kind(), item.unit(), plan.reason(),
                plan.referenceType(), plan.referenceId(), plan.reservationId(), item.standardCostAmount(), item.standardCostCurrency(),
                caller.actorType(), caller.actorId(), now);
        List<StockMovement> movements = plan.reservationId() != null ? issueReserved(plan, header) : applyLegs(plan, header);
        StockMovement first = movements.get(0);
        audit.record(em, "stock_movement.posted", "stock_movement", first.id(), new Changes().field("kind", null, plan.kind().apiName())
                .field("item", null, item.code()).field("quantity", null, StockLocks.plain(plan.quantity()))
                .field("legs", null, movements.size()));
        em.flush();
        if (plan.kind() == MovementKind.RECEIPT) {
            announceReceipt(item, movements);
        }
        return movements;
    }

    /**
     * Tells observers of usable stock that arrived (after the flush: an observer that reserves clears the persistence
     * context). Stock into a lot that is not released is not usable until quality releases it.
     */
    private void announceReceipt(Item item, List<StockMovement> movements) {
        for (StockMovement movement : movements) {
            if (movement.quantity().signum() > 0 && (movement.lotId() == null || em.find(Lot.class, movement.lotId()).usable())) {
                received.fire(new StockReceived(item.id(), movement.warehouseId(), movement.quantity()));
            }
        }
    }

    private List<StockMovement> applyLegs(Plan plan, StockMovement.Header header) {
        String itemId = plan.item().id();
        Map<String, Leg> legsByKey = new HashMap<>();
        Map<String, String> idsByKey = new HashMap<>();
        for (Leg leg : plan.legs()) {
            legsByKey.put(leg.key(itemId), leg);
            StockBalance row = findBalance(leg.key(itemId));
            if (row == null) { // only a leg that takes stock can find no row: there is nothing to take
                throw StockLocks.shortage(describe(plan.item(), leg), leg.quantity().negate(), BigDecimal.ZERO, plan.item().unit());
            }
            idsByKey.put(leg.key(itemId), row.id());
        }
        em.clear(); // the rows are read again below, each as it is locked
        Map<String, StockBalance> locked = new HashMap<>();
        for (StockBalance balance : StockLocks.lock(em, idsByKey.values())) {
            locked.put(balance.balanceKey(), balance);
        }
        List<StockMovement> movements = new ArrayList<>();
        for (Leg leg : plan.legs()) {
            StockBalance balance = locked.get(leg.key(itemId));
            if (leg.quantity().signum() < 0 && balance.available().compareTo(leg.quantity().negate()) < 0) {
                throw StockLocks.shortage(describe(plan.item(), leg), leg.quantity().negate(), balance.available(), plan.item().unit());
            }
            balance.changeOnHand(leg.quantity());
            StockMovement movement = new StockMovement(PublicIds.next(StockMovementService.PREFIX), header, balance, leg.quantity());
            em.persist(movement);
            movements.add(movement);
        }
        return movements;
    }

    /** An issue against a reservation: takes the reservation's own rows, in ascending balance id, and releases what it issues. */
    private List<StockMovement> issueReserved(Plan plan, StockMovement.Header header) {
        Reservation reservation = ReservationRepository.in(em).lock(plan.reservationId());
        if (reservation.status() != ReservationStatus.OPEN) {
            throw new Conflict("reservation-closed", "Reservation " + reservation.id() + " is " + reservation.status().apiName() + ".");
        }
        if (plan.quantity().compareTo(reservation.openQuantity()) > 0) {
            throw new Conflict("exceeds-reservation", "Conflict", "Reservation " + reservation.id() + " holds "
                    + StockLocks.plain(reservation.openQuantity()) + " " + plan.item().unit() + "; requested " + StockLocks.plain(plan.quantity()) + ".",
                    List.of(new Violation("quantity", "requested " + StockLocks.plain(plan.quantity()) + ", reserved "
                            + StockLocks.plain(reservation.openQuantity()))));
        }
        List<ReservationAllocation> allocations = ReservationRepository.in(em).allocations(reservation.id());
        Map<String, StockBalance> rows = new HashMap<>();
        for (StockBalance balance : StockLocks.lock(em, allocations.stream().map(ReservationAllocation::balanceId).toList())) {
            rows.put(balance.id(), balance);
        }
        List<StockMovement> movements = new ArrayList<>();
        BigDecimal remaining = plan.quantity();
        for (ReservationAllocation allocation : allocations) {
            if (remaining.signum() == 0) {
                break;
            }
            BigDecimal take = remaining.min(allocation.quantity());
            if (take.signum() == 0) {
                continue;
            }
            StockBalance balance = rows.get(allocation.balanceId());
            if (balance.lotId() != null) {
                Lot lot = em.find(Lot.class, balance.lotId());
                if (!lot.usable()) {
                    throw StockMovementService.lotNotUsable(lot);
                }
            }
            balance.consumeReserved(take);
            allocation.release(take);
            StockMovement movement = new StockMovement(PublicIds.next(StockMovementService.PREFIX), header, balance, take.negate());
            em.persist(movement);
            movements.add(movement);
            remaining = remaining.subtract(take);
        }
        reservation.consume(plan.quantity());
        return movements;
    }

    private String describe(Item item, Leg leg) {
        Warehouse warehouse = em.find(Warehouse.class, leg.warehouseId());
        StringBuilder where = new StringBuilder("item " + item.code() + " in warehouse " + (warehouse == null ? leg.warehouseId() : warehouse.code()));
        if (leg.locationId() != null) {
            StorageLocation location = em.find(StorageLocation.class, leg.locationId());
            where.append(", location ").append(location == null ? leg.locationId() : location.code());
        }
        if (leg.lotId() != null) {
            Lot lot = em.find(Lot.class, leg.lotId());
            where.append(", lot ").append(lot == null ? leg.lotId() : lot.number());
        }
        return where.toString();
    }

    @Transactional
    public Reservation reserve(ReservationService.Request request) {
        begin();
        Item item = request.item();
        List<StockBalance> rows = StockLocks.lock(em, StockBalanceRepository.in(em).idsOf(item.id(), request.warehouse().id(),
                request.lot() == null ? null : request.lot().id()));
        Map<String, Boolean> usableLots = new HashMap<>();
        BigDecimal available = BigDecimal.ZERO;
        List<StockBalance> usable = new ArrayList<>();
        for (StockBalance row : rows) {
            if (row.lotId() != null && !usableLots.computeIfAbsent(row.lotId(), id -> em.find(Lot.class, id).usable())) {
                continue;
            }
            if (row.available().signum() > 0) {
                usable.add(row);
                available = available.add(row.available());
            }
        }
        if (available.compareTo(request.quantity()) < 0) {
            throw StockLocks.shortage("item " + item.code() + " in warehouse " + request.warehouse().code()
                    + (request.lot() != null ? ", lot " + request.lot().number() : ""), request.quantity(), available, item.unit());
        }
        Instant now = now();
        Reservation reservation = new Reservation(PublicIds.next(ReservationService.PREFIX), item.id(), request.warehouse().id(),
                request.lot() == null ? null : request.lot().id(), request.quantity(), request.referenceType(), request.referenceId(), now);
        em.persist(reservation);
        BigDecimal remaining = request.quantity();
        for (StockBalance row : usable) { // ascending id: the oldest rows are promised first
            if (remaining.signum() == 0) {
                break;
            }
            BigDecimal take = remaining.min(row.available());
            row.changeReserved(take);
            em.persist(new ReservationAllocation(PublicIds.next(ReservationService.ALLOCATION_PREFIX), reservation.id(), row.id(), take, now));
            remaining = remaining.subtract(take);
        }
        audit.record(em, "reservation.created", "reservation", reservation.id(), new Changes().field("item", null, item.code())
                .field("warehouse", null, request.warehouse().code()).field("quantity", null, StockLocks.plain(request.quantity()))
                .field("reference", null, request.referenceType() + " " + request.referenceId()));
        em.flush();
        return reservation;
    }

    /**
     * Reserves what is available of the item now, up to {@code wanted}, for a reference: in one warehouse, or in every
     * warehouse when {@code warehouseId} is null (one reservation per warehouse that has some). The item's balance rows are
     * locked in ascending id and taken in that order, the oldest first, as {@link #reserve} does; only stock without a lot or
     * in a released lot counts. Unlike {@link #reserve} a shortage is no failure: it reserves the part there is and answers
     * how much that was (zero when nothing is available).
     */
    @Transactional
    public BigDecimal reserveAvailable(Item item, String warehouseId, BigDecimal wanted, String referenceType, String referenceId) {
        begin();
        List<String> ids = warehouseId == null ? StockBalanceRepository.in(em).idsOfItem(item.id())
                : StockBalanceRepository.in(em).idsOf(item.id(), warehouseId, null);
        Map<String, List<StockBalance>> byWarehouse = new java.util.LinkedHashMap<>();
        Map<String, Boolean> usableLots = new HashMap<>();
        for (StockBalance row : StockLocks.lock(em, ids)) {
            if (row.lotId() != null && !usableLots.computeIfAbsent(row.lotId(), id -> em.find(Lot.class, id).usable())) {
                continue;
            }
            if (row.available().signum() > 0) {
                byWarehouse.computeIfAbsent(row.warehouseId(), w -> new ArrayList<>()).add(row);
            }
        }
        Instant now = now();
        BigDecimal remaining = wanted;
        for (Map.Entry<String, List<StockBalance>> warehouse : byWarehouse.entrySet()) {
            if (remaining.signum() <= 0) {
                break;
            }
            BigDecimal available = warehouse.getValue().stream().map(StockBalance::available).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal quantity = remaining.min(available);
            Reservation reservation = new Reservation(PublicIds.next(ReservationService.PREFIX), item.id(), warehouse.getKey(), null,
                    quantity, referenceType, referenceId, now);
            em.persist(reservation);
            BigDecimal left = quantity;
            for (StockBalance row : warehouse.getValue()) {
                if (left.signum() == 0) {
                    break;
                }
                BigDecimal take = left.min(row.available());
                row.changeReserved(take);
                em.persist(new ReservationAllocation(PublicIds.next(ReservationService.ALLOCATION_PREFIX), reservation.id(), row.id(), take, now));
                left = left.subtract(take);
            }
            audit.record(em, "reservation.created", "reservation", reservation.id(), new Changes().field("item", null, item.code())
                    .field("warehouse_id", null, warehouse.getKey()).field("quantity", null, StockLocks.plain(quantity))
                    .field("reference", null, referenceType + " " + referenceId));
            remaining = remaining.subtract(quantity);
        }
        em.flush();
        return wanted.subtract(remaining);
    }

    @Transactional
    public Reservation release(String id) {
        begin();
        Reservation reservation = ReservationRepository.in(em).lock(id);
        if (reservation.status() != ReservationStatus.OPEN) {
            throw new Conflict("reservation-closed", "Reservation " + id + " is already " + reservation.status().apiName() + ".");
        }
        List<ReservationAllocation> allocations = ReservationRepository.in(em).allocations(id);
        Map<String, StockBalance> rows = new HashMap<>();
        for (StockBalance row : StockLocks.lock(em, allocations.stream().map(ReservationAllocation::balanceId).toList())) {
            rows.put(row.id(), row);
        }
        for (ReservationAllocation allocation : allocations) {
            if (allocation.quantity().signum() > 0) {
                rows.get(allocation.balanceId()).changeReserved(allocation.quantity().negate());
                allocation.release(allocation.quantity());
            }
        }
        BigDecimal released = reservation.openQuantity();
        reservation.cancel();
        audit.record(em, "reservation.cancelled", "reservation", reservation.id(), new Changes().field("status", "open", "cancelled")
                .field("open_quantity", StockLocks.plain(released), "0"));
        em.flush();
        return reservation;
    }

    /**
     * Posts a stock count: every counted line whose count differs from its book quantity becomes a count correction of
     * counted - book quantity, applied to the balance as it is now, all under one posting. A correction that would leave less
     * on hand than zero or than is reserved refuses the whole count, naming the line.
     */
    @Transactional
    public StockCount postCount(String countId) {
        begin();
        StockCount count = StockCountRepository.in(em).lock(countId);
        StockCountService.requireOpen(count, "be posted");
        List<StockCountLine> corrections = StockCountRepository.in(em).lines(countId).stream()
                .filter(line -> line.difference() != null && line.difference().signum() != 0).toList();
        Map<String, String> balanceIds = StockBalanceRepository.in(em).idsByKey(corrections.stream().map(StockCountLine::balanceKey).toList());
        Map<String, StockBalance> locked = new HashMap<>();
        for (StockBalance balance : StockLocks.lock(em, balanceIds.values())) {
            locked.put(balance.balanceKey(), balance);
        }
        Instant now = now();
        String postingId = corrections.isEmpty() ? null : PublicIds.next(StockMovementService.POSTING_PREFIX);
        Map<String, Item> items = ItemCatalog.in(em).byId(corrections.stream().map(StockCountLine::itemId).toList());
        for (StockCountLine line : corrections) {
            Item item = items.get(line.itemId());
            StockBalance balance = locked.get(line.balanceKey());
            BigDecimal onHand = balance == null ? BigDecimal.ZERO : balance.onHand();
            BigDecimal reserved = balance == null ? BigDecimal.ZERO : balance.reserved();
            BigDecimal left = onHand.add(line.difference());
            if (left.compareTo(reserved) < 0) {
                String what = describe(item, new Leg(count.warehouseId(), line.locationId(), line.lotId(), line.difference()));
                String numbers = "correction " + StockLocks.plain(line.difference()) + " " + item.unit() + " would leave " + StockLocks.plain(left) + " "
                        + item.unit() + " on hand, below " + (left.signum() < 0 ? "zero" : "the " + StockLocks.plain(reserved) + " " + item.unit() + " reserved");
                throw new Conflict("insufficient-stock", "Not enough stock", "Count line " + line.id() + " (" + what + ") cannot be posted: the "
                        + numbers + ". Nothing was posted; release reservations, correct the counted quantity or cancel the count.",
                        List.of(new Violation("line_id", line.id() + ": " + numbers)));
            }
            if (balance == null) { // a line recorded while this post prepared its balance rows
                throw new Conflict("stock-count-changed", "Count line " + line.id() + " changed while the count was being posted."
                        + " Nothing was posted; post the count again.");
            }
            balance.changeOnHand(line.difference());
            StockMovement.Header header = new StockMovement.Header(postingId, MovementKind.COUNT_CORRECTION, item.unit(), "Stock count",
                    "stock_count", count.id(), null, item.standardCostAmount(), item.standardCostCurrency(), caller.actorType(), caller.actorId(), now);
            em.persist(new StockMovement(PublicIds.next(StockMovementService.PREFIX), header, balance, line.difference()));
        }
        count.post(postingId, now);
        audit.record(em, "stock_count.posted", "stock_count", count.id(), new Changes().field("status", "open", "posted")
                .field("corrections", null, corrections.size()));
        em.flush();
        return count;
    }
}
