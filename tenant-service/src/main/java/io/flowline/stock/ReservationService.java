package io.flowline.stock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.flowline.catalog.Item;
import io.flowline.catalog.ItemCatalog;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.failure.Violation;
import io.flowline.platform.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Reservations: stock promised to an order line or work order. Reserving locks the item's balance
 * rows in the warehouse (ascending id) and decides on what they hold then, so available stock never
 * goes below zero, however many reserve at once.
 */
@ApplicationScoped
public class ReservationService {
    public static final String PREFIX = "res";
    public static final String ALLOCATION_PREFIX = "rsa";
    private static final List<String> REFERENCE_TYPES = List.of("order_line", "work_order");

    @Inject
    EntityManager em;

    @Inject
    StockLedger ledger;

    /** What a checked reservation request asks for. */
    record Request(Item item, Warehouse warehouse, Lot lot, BigDecimal quantity, String referenceType, String referenceId) {
    }

    public List<Reservation> list(PageRequest page, String itemId, String warehouseId, String status) {
        ReservationStatus wanted = status == null ? null : ReservationStatus.parse(status).orElse(null);
        if (status != null && wanted == null) {
            throw new RuleBroken("status", "must be open, consumed or cancelled");
        }
        return ReservationRepository.in(em).list(page, itemId, warehouseId, wanted);
    }

    /**
     * Stock still reserved for each reference of one type, per item: keyed {@code referenceId + "|" + itemId}. Planning takes
     * it off that reference's demand, since available stock already leaves it out.
     */
    public Map<String, BigDecimal> reservedFor(String referenceType) {
        return ReservationRepository.in(em).openByReference(referenceType);
    }

    /**
     * The open reservations of these references of one type (order lines, work orders), by reference and oldest first: how
     * a module that reserved through {@link #reserveAvailable} finds what it holds, and issues it through the ledger.
     */
    public List<Reservation> openOf(String referenceType, Collection<String> referenceIds) {
        return ReservationRepository.in(em).openOf(referenceType, referenceIds);
    }

    /** The open quantity reserved per reference of one type, for these references (absent: none). */
    public Map<String, BigDecimal> openQuantities(String referenceType, Collection<String> referenceIds) {
        Map<String, BigDecimal> open = new HashMap<>();
        openOf(referenceType, referenceIds).forEach(r -> open.merge(r.referenceId(), r.openQuantity(), BigDecimal::add));
        return open;
    }

    /**
     * Reserves what is available of the item now, up to {@code quantity}, in one warehouse or (null) all of them, and answers
     * how much that was; never refuses for want of stock. Runs in the caller's transaction: the caller retries the whole of
     * it on a lock timeout ({@link LockFailures}). The persistence context is cleared: the caller reads its entities again.
     */
    public BigDecimal reserveAvailable(String itemId, String warehouseId, BigDecimal quantity, String referenceType, String referenceId) {
        Item item = ItemCatalog.in(em).find(itemId).orElseThrow(() -> new NotFound("item", itemId));
        return quantity.signum() <= 0 ? BigDecimal.ZERO : ledger.reserveAvailable(item, warehouseId, quantity, referenceType, referenceId);
    }

    /** Releases every open reservation of these references, in the caller's transaction (which then reads its entities again). */
    public void releaseAll(String referenceType, Collection<String> referenceIds) {
        for (Reservation reservation : openOf(referenceType, referenceIds)) {
            ledger.release(reservation.id());
        }
    }

    public Reservation get(String id) {
        return ReservationRepository.in(em).find(id).orElseThrow(() -> new NotFound("reservation", id));
    }

    public String unitOf(Reservation reservation) {
        Item item = ItemCatalog.in(em).find(reservation.itemId()).orElse(null);
        return item == null ? null : item.unit();
    }

    public Reservation create(NewReservation body) {
        List<Violation> errors = new ArrayList<>();
        Item item = ItemCatalog.in(em).find(body.itemId()).orElse(null);
        if (item == null) {
            errors.add(new Violation("item_id", "is not an item of your company"));
        }
        Warehouse warehouse = WarehouseRepository.in(em).find(body.warehouseId()).orElse(null);
        if (warehouse == null) {
            errors.add(new Violation("warehouse_id", "is not a warehouse of your company"));
        }
        Lot lot = null;
        if (body.lotId() != null) {
            lot = LotRepository.in(em).find(body.lotId()).orElse(null);
            if (lot == null || (item != null && !lot.itemId().equals(item.id()))) {
                errors.add(new Violation("lot_id", lot == null ? "is not a lot of your company" : "is a lot of another item"));
            }
        }
        if (!REFERENCE_TYPES.contains(body.referenceType())) {
            errors.add(new Violation("reference.type", "must be order_line or work_order"));
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        if (lot != null && !lot.usable()) {
            throw StockMovementService.lotNotUsable(lot);
        }
        Request request = new Request(item, warehouse, lot, body.quantity(), body.referenceType(), body.referenceId().strip());
        return LockFailures.retrying(() -> ledger.reserve(request));
    }

    public Reservation cancel(String id) {
        get(id);
        return LockFailures.retrying(() -> ledger.release(id));
    }

}
