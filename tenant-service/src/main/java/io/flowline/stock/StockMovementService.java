package io.flowline.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.flowline.catalog.Item;
import io.flowline.catalog.ItemCatalog;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.failure.Violation;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.persistence.DuplicateKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The stock ledger: posts movements and keeps the balances in step, in the same transaction.
 * A posting is checked without locks first (fields, objects, lots), then applied under the balance
 * rows' locks, where availability is decided on what the rows hold at that moment.
 */
@ApplicationScoped
public class StockMovementService {
    public static final String PREFIX = "mov";
    public static final String POSTING_PREFIX = "pst";

    @Inject
    EntityManager em;

    @Inject
    StockBalanceRows balanceRows;

    @Inject
    StockLedger ledger;

    /** Where one leg lands and by how much; positive adds stock. */
    public record Leg(String warehouseId, String locationId, String lotId, BigDecimal quantity) {
        String key(String itemId) {
            return StockBalance.key(itemId, warehouseId, locationId, lotId);
        }
    }

    /** A checked posting, ready to apply. */
    public record Plan(MovementKind kind, Item item, List<Leg> legs, String reservationId, BigDecimal quantity, String reason,
                String referenceType, String referenceId) {
    }

    // ---- reads

    public List<StockMovement> list(PageRequest page, String itemId, String warehouseId, String lotId, String kind, String from, String to) {
        List<Violation> errors = new ArrayList<>();
        MovementKind wantedKind = kind == null ? null : MovementKind.parse(kind).orElse(null);
        if (kind != null && wantedKind == null) {
            errors.add(new Violation("kind", "must be one of " + MovementKind.allNames()));
        }
        Instant fromInstant = instant("from", from, errors);
        Instant toInstant = instant("to", to, errors);
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        return StockMovementRepository.in(em).list(page, itemId, warehouseId, lotId, wantedKind, fromInstant, toInstant);
    }

    private static Instant instant(String field, String text, List<Violation> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(new Violation(field, "must be an instant such as 2024-11-01T00:00:00Z"));
            return null;
        }
    }

    public StockMovement get(String id) {
        return StockMovementRepository.in(em).find(id).orElseThrow(() -> new NotFound("stock movement", id));
    }

    public List<StockMovement> posting(String postingId) {
        return StockMovementRepository.in(em).ofPosting(postingId);
    }

    /**
     * The issues posted against a reference (a work order's material: reference type {@code work_order}, its id), oldest
     * first; each movement is negative, a leg from one balance (so one lot). Production reads its genealogy from these.
     */
    public List<StockMovement> issuedFor(String referenceType, String referenceId) {
        return StockMovementRepository.in(em).issuedFor(referenceType, referenceId);
    }

    // ---- posting

    /** Checks the request, makes sure its balance rows exist, then applies it under their locks (again if a lock wait timed out). */
    public List<StockMovement> post(NewStockMovement request) {
        Plan plan = plan(request);
        ensureRows(plan.item().id(), plan.legs());
        return LockFailures.retrying(() -> ledger.apply(plan));
    }

    Plan plan(NewStockMovement request) {
        List<Violation> errors = new ArrayList<>();
        MovementKind kind = MovementKind.parse(request.kind()).orElse(null);
        if (kind == null) {
            errors.add(new Violation("kind", "must be one of receipt, issue, transfer, adjustment, scrap"));
        } else if (kind == MovementKind.COUNT_CORRECTION) {
            errors.add(new Violation("kind", "count corrections are posted by stock counts"));
            kind = null;
        }
        BigDecimal quantity = request.quantity();
        if (quantity.signum() == 0) {
            errors.add(new Violation("quantity", "must not be 0"));
        } else if (quantity.signum() < 0 && kind != MovementKind.ADJUSTMENT) {
            errors.add(new Violation("quantity", "must be greater than 0; only an adjustment may be negative"));
        }
        Item item = ItemCatalog.in(em).find(request.itemId()).orElse(null);
        if (item == null) {
            errors.add(new Violation("item_id", "is not an item of your company"));
        } else if (request.unit() != null && !request.unit().strip().equals(item.unit())) {
            errors.add(new Violation("unit", "must be the item's unit, " + item.unit()));
        }
        Warehouse warehouse = warehouse("warehouse_id", request.warehouseId(), errors);
        String locationId = location("location_id", request.locationId(), warehouse, errors);
        Lot lot = null;
        if (request.lotId() != null) {
            lot = LotRepository.in(em).find(request.lotId()).orElse(null);
            if (lot == null || (item != null && !lot.itemId().equals(item.id()))) {
                errors.add(new Violation("lot_id", lot == null ? "is not a lot of your company" : "is a lot of another item"));
                lot = null;
            }
        }
        Reservation reservation = null;
        if (request.reservationId() != null) {
            if (kind != MovementKind.ISSUE) {
                errors.add(new Violation("reservation_id", "is only for issues"));
            } else {
                reservation = ReservationRepository.in(em).find(request.reservationId()).orElse(null);
                if (reservation == null) {
                    errors.add(new Violation("reservation_id", "is not a reservation of your company"));
                } else if ((item != null && !reservation.itemId().equals(item.id()))
                        || (warehouse != null && !reservation.warehouseId().equals(warehouse.id()))) {
                    errors.add(new Violation("reservation_id", "is for another item or warehouse"));
                }
            }
            if (request.locationId() != null) {
                errors.add(new Violation("location_id", "comes from the reservation; leave it out"));
            }
            if (request.lotId() != null) {
                errors.add(new Violation("lot_id", "comes from the reservation; leave it out"));
            }
        } else if (item != null && item.lotTracked() && request.lotId() == null) {
            errors.add(new Violation("lot_id", "is required: item " + item.code() + " is lot-tracked"));
        }
        Warehouse toWarehouse = null;
        String toLocationId = null;
        if (kind == MovementKind.TRANSFER) {
            toWarehouse = request.toWarehouseId() == null ? warehouse : warehouse("to_warehouse_id", request.toWarehouseId(), errors);
            toLocationId = location("to_location_id", request.toLocationId(), toWarehouse, errors);
            if (warehouse != null && toWarehouse == warehouse && java.util.Objects.equals(locationId, toLocationId)
                    && !errors.stream().anyMatch(e -> e.field().startsWith("to_") || e.field().equals("location_id"))) {
                errors.add(new Violation("to_location_id", "must differ from location_id: a transfer moves stock somewhere else"));
            }
        } else {
            if (request.toWarehouseId() != null) {
                errors.add(new Violation("to_warehouse_id", "is only for transfers"));
            }
            if (request.toLocationId() != null) {
                errors.add(new Violation("to_location_id", "is only for transfers"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }

        String lotId = lot == null ? null : lot.id();
        List<Leg> legs = switch (kind) {
            case RECEIPT -> List.of(new Leg(warehouse.id(), locationId, lotId, quantity));
            case ISSUE, SCRAP -> reservation != null ? List.of() : List.of(new Leg(warehouse.id(), locationId, lotId, quantity.negate()));
            case ADJUSTMENT -> List.of(new Leg(warehouse.id(), locationId, lotId, quantity));
            case TRANSFER -> List.of(new Leg(warehouse.id(), locationId, lotId, quantity.negate()),
                    new Leg(toWarehouse.id(), toLocationId, lotId, quantity));
            case COUNT_CORRECTION -> throw new IllegalStateException();
        };
        for (Leg leg : legs) {
            Warehouse target = leg.warehouseId().equals(warehouse.id()) ? warehouse : toWarehouse;
            if (leg.quantity().signum() > 0 && target.archived()) {
                throw new Conflict("warehouse-archived", "Warehouse " + target.code() + " is archived and takes no new stock.");
            }
        }
        if (kind == MovementKind.ISSUE && lot != null && !lot.usable()) {
            throw lotNotUsable(lot);
        }
        String referenceType = request.referenceType();
        String referenceId = request.referenceId() == null ? null : request.referenceId().strip();
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        return new Plan(kind, item, legs, reservation == null ? null : reservation.id(), quantity, reason, referenceType, referenceId);
    }

    private Warehouse warehouse(String field, String id, List<Violation> errors) {
        Warehouse warehouse = WarehouseRepository.in(em).find(id).orElse(null);
        if (warehouse == null) {
            errors.add(new Violation(field, "is not a warehouse of your company"));
        }
        return warehouse;
    }

    String location(String field, String id, Warehouse warehouse, List<Violation> errors) {
        if (id == null) {
            return null;
        }
        StorageLocation location = WarehouseRepository.in(em).findLocation(id).orElse(null);
        if (location == null || (warehouse != null && !location.warehouseId().equals(warehouse.id()))) {
            errors.add(new Violation(field, location == null ? "is not a storage location of your company"
                    : "is a storage location of another warehouse"));
            return null;
        }
        return location.id();
    }

    static Conflict lotNotUsable(Lot lot) {
        return new Conflict("lot-not-released", "Lot " + lot.number() + " is " + lot.status().apiName()
                + "; its stock can be neither issued nor reserved until it is released.");
    }

    /** Creates the balance rows a posting adds to that do not exist yet; a row created at the same moment by someone else is as good. */
    public void ensureRows(String itemId, List<Leg> legs) {
        for (Leg leg : legs.stream().sorted(Comparator.comparing((Leg l) -> l.key(itemId))).toList()) {
            if (leg.quantity().signum() > 0 && findBalance(leg.key(itemId)) == null) {
                try {
                    balanceRows.create(itemId, leg.warehouseId(), leg.locationId(), leg.lotId());
                } catch (RuntimeException e) {
                    if (!DuplicateKey.causedBy(e)) {
                        throw e;
                    }
                }
            }
        }
    }

    StockBalance findBalance(String key) {
        return StockBalanceRepository.in(em).byKey(key);
    }

}
