package io.flowline.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import io.flowline.platform.pagination.PageRequest;
import io.flowline.stock.StockMovementService.Leg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Stock counts: opening one takes the book quantity of what it covers; counted quantities are recorded
 * per line; posting books counted - book quantity as count corrections ({@link StockLedger#postCount}).
 * No item x location x lot is in two open counts at once (opening and adding lines lock the warehouse
 * row to decide that), so no difference is ever booked twice.
 */
@ApplicationScoped
public class StockCountService {
    public static final String PREFIX = "stc";
    public static final String LINE_PREFIX = "scl";

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    StockMovementService movements;

    @Inject
    StockLedger ledger;

    /** A count with how many lines it has and how many of them were counted. */
    public record Summary(StockCount count, long lineCount, long countedLineCount) {
        public String id() {
            return count.id();
        }
    }

    // ---- reads

    public List<Summary> list(PageRequest page, String warehouseId, String status) {
        StockCountStatus wanted = status == null ? null : StockCountStatus.parse(status).orElse(null);
        if (status != null && wanted == null) {
            throw new RuleBroken("status", "must be open, posted or cancelled");
        }
        return summaries(StockCountRepository.in(em).list(page, warehouseId, wanted));
    }

    public Summary summary(StockCount count) {
        return summaries(List.of(count)).get(0);
    }

    private List<Summary> summaries(List<StockCount> counts) {
        if (counts.isEmpty()) {
            return List.of();
        }
        Map<String, Object[]> tallies = StockCountRepository.in(em).tallies(counts.stream().map(StockCount::id).toList());
        return counts.stream().map(c -> {
            Object[] tally = tallies.get(c.id());
            return tally == null ? new Summary(c, 0, 0) : new Summary(c, ((Number) tally[1]).longValue(), ((Number) tally[2]).longValue());
        }).toList();
    }

    public StockCount get(String id) {
        return StockCountRepository.in(em).find(id).orElseThrow(() -> new NotFound("stock count", id));
    }

    public List<StockCountLine> lines(String countId, PageRequest page) {
        get(countId);
        return StockCountRepository.in(em).lines(countId, page);
    }

    /** The unit of each line's item, by item id. */
    public Map<String, String> units(Collection<StockCountLine> lines) {
        Map<String, String> units = new HashMap<>();
        ItemCatalog.in(em).byId(lines.stream().map(StockCountLine::itemId).toList()).forEach((id, item) -> units.put(id, item.unit()));
        return units;
    }

    // ---- changes

    @Transactional
    public StockCount open(NewStockCount request) {
        List<Violation> errors = new ArrayList<>();
        Warehouse warehouse = WarehouseRepository.in(em).find(request.warehouseId()).orElse(null);
        if (warehouse == null) {
            errors.add(new Violation("warehouse_id", "is not a warehouse of your company"));
        }
        List<String> itemIds = request.itemIds() == null ? null : request.itemIds().stream().map(String::strip).distinct().toList();
        for (int i = 0; itemIds != null && i < itemIds.size(); i++) {
            if (ItemCatalog.in(em).find(itemIds.get(i)).isEmpty()) {
                errors.add(new Violation("item_ids[" + i + "]", "is not an item of your company"));
            }
        }
        List<String> locationIds = request.locationIds() == null ? null : request.locationIds().stream().map(String::strip).distinct().toList();
        for (int i = 0; locationIds != null && i < locationIds.size(); i++) {
            movements.location("location_ids[" + i + "]", locationIds.get(i), warehouse, errors);
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        lockForCounting(warehouse);
        List<StockBalance> balances = StockBalanceRepository.in(em).onHand(warehouse.id(), itemIds, locationIds);
        Map<String, String> counting = StockCountRepository.in(em).openCountsByKey(warehouse.id());
        for (StockBalance balance : balances) {
            if (counting.containsKey(balance.balanceKey())) {
                throw alreadyCounted(counting.get(balance.balanceKey()), balance.itemId());
            }
        }
        Instant now = Instant.now();
        StockCount count = new StockCount(PublicIds.next(PREFIX), warehouse.id(), now);
        em.persist(count);
        for (StockBalance balance : balances) {
            em.persist(new StockCountLine(PublicIds.next(LINE_PREFIX), count.id(), balance.itemId(), warehouse.id(), balance.locationId(),
                    balance.lotId(), balance.onHand(), now));
        }
        audit.record(em, "stock_count.opened", "stock_count", count.id(), new Changes().field("warehouse", null, warehouse.code())
                .field("lines", null, balances.size()));
        em.flush();
        return count;
    }

    @Transactional
    public StockCount record(String id, String ifMatch, List<CountedStock> counted) {
        StockCount count = get(id);
        OptimisticLocking.requireMatch(ifMatch, count.version());
        requireOpen(count, "record counted quantities");
        Map<String, StockCountLine> linesByKey = new HashMap<>();
        Map<String, StockCountLine> linesById = new HashMap<>();
        for (StockCountLine line : StockCountRepository.in(em).lines(count.id())) {
            linesByKey.put(line.balanceKey(), line);
            linesById.put(line.id(), line);
        }
        List<Violation> errors = new ArrayList<>();
        List<StockCountLine> targets = new ArrayList<>(); // the line each entry counts; null for stock found where the count has none yet
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < counted.size(); i++) {
            CountedStock entry = counted.get(i);
            String field = "lines[" + i + "]";
            StockCountLine line = entry.lineId() != null ? linesById.get(entry.lineId()) : lineOfFound(field, entry, count, linesByKey, errors);
            if (entry.lineId() != null && line == null) {
                errors.add(new Violation(field + ".line_id", "is not a line of this count"));
            }
            if (entry.lineId() != null && (entry.itemId() != null || entry.locationId() != null || entry.lotId() != null)) {
                errors.add(new Violation(field, "names the line by line_id or by item_id, location_id and lot_id, not both"));
            }
            String key = line != null ? line.balanceKey() : entry.itemId() == null ? null
                    : StockBalance.key(entry.itemId(), count.warehouseId(), entry.locationId(), entry.lotId());
            if (key != null && !seen.add(key)) {
                errors.add(new Violation(field, "counts a line that an earlier entry counts already"));
            }
            targets.add(line);
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        int added = 0;
        if (targets.contains(null)) {
            Warehouse warehouse = WarehouseRepository.in(em).find(count.warehouseId()).orElseThrow();
            lockForCounting(warehouse);
            Map<String, String> counting = StockCountRepository.in(em).openCountsByKey(warehouse.id());
            Instant now = Instant.now();
            for (int i = 0; i < targets.size(); i++) {
                if (targets.get(i) != null) {
                    continue;
                }
                CountedStock entry = counted.get(i);
                String key = StockBalance.key(entry.itemId(), warehouse.id(), entry.locationId(), entry.lotId());
                if (counting.containsKey(key)) {
                    throw alreadyCounted(counting.get(key), entry.itemId());
                }
                StockBalance balance = movements.findBalance(key);
                StockCountLine line = new StockCountLine(PublicIds.next(LINE_PREFIX), count.id(), entry.itemId(), warehouse.id(), entry.locationId(),
                        entry.lotId(), balance == null ? BigDecimal.ZERO : balance.onHand(), now);
                em.persist(line);
                targets.set(i, line);
                added++;
            }
        }
        for (int i = 0; i < targets.size(); i++) {
            targets.get(i).count(counted.get(i).countedQuantity());
        }
        em.lock(count, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // recording changes the count: the next If-Match must say so
        audit.record(em, "stock_count.recorded", "stock_count", count.id(), new Changes().field("counted_lines", null, targets.size())
                .field("added_lines", null, added));
        em.flush();
        return count;
    }

    /** The line a found-stock entry names when the count has one already, else null after checking the entry's fields. */
    private StockCountLine lineOfFound(String field, CountedStock entry, StockCount count, Map<String, StockCountLine> linesByKey,
                                    List<Violation> errors) {
        if (entry.itemId() == null) {
            errors.add(new Violation(field + ".item_id", "is required without line_id"));
            return null;
        }
        Item item = ItemCatalog.in(em).find(entry.itemId()).orElse(null);
        int before = errors.size();
        if (item == null) {
            errors.add(new Violation(field + ".item_id", "is not an item of your company"));
        } else if (item.lotTracked() && entry.lotId() == null) {
            errors.add(new Violation(field + ".lot_id", "is required: item " + item.code() + " is lot-tracked"));
        }
        movements.location(field + ".location_id", entry.locationId(), WarehouseRepository.in(em).find(count.warehouseId()).orElse(null), errors);
        if (entry.lotId() != null) {
            Lot lot = LotRepository.in(em).find(entry.lotId()).orElse(null);
            if (lot == null || !lot.itemId().equals(entry.itemId())) {
                errors.add(new Violation(field + ".lot_id", lot == null ? "is not a lot of your company" : "is a lot of another item"));
            }
        }
        return errors.size() > before ? null : linesByKey.get(StockBalance.key(entry.itemId(), count.warehouseId(), entry.locationId(), entry.lotId()));
    }

    /** Opening counts and adding lines in one warehouse take turns, so two open counts never take the same stock. */
    private void lockForCounting(Warehouse warehouse) {
        em.lock(warehouse, LockModeType.PESSIMISTIC_WRITE);
    }

    private Conflict alreadyCounted(String countId, String itemId) {
        Item item = ItemCatalog.in(em).find(itemId).orElse(null);
        return new Conflict("stock-count-overlap", "Stock of item " + (item == null ? itemId : item.code())
                + " in this warehouse is already being counted in open stock count " + countId + "; post or cancel that count first.");
    }

    static void requireOpen(StockCount count, String action) {
        if (count.status() != StockCountStatus.OPEN) {
            throw new Conflict("stock-count-" + count.status().apiName(), "Stock count " + count.id() + " is " + count.status().apiName()
                    + " and cannot " + action + "; only an open count can.");
        }
    }

    /** Makes sure the rows that positive corrections land on exist, then posts under the rows' locks (again if a lock wait timed out). */
    public StockCount post(String id) {
        StockCount count = get(id);
        requireOpen(count, "be posted");
        for (StockCountLine line : StockCountRepository.in(em).lines(id)) {
            BigDecimal difference = line.difference();
            if (difference != null && difference.signum() > 0) {
                movements.ensureRows(line.itemId(), List.of(new Leg(count.warehouseId(), line.locationId(), line.lotId(), difference)));
            }
        }
        return LockFailures.retrying(() -> ledger.postCount(id));
    }

    @Transactional
    public StockCount cancel(String id) {
        StockCount count = get(id);
        em.lock(count, LockModeType.PESSIMISTIC_WRITE); // a posting under way finishes first, and its version check makes this a 409
        requireOpen(count, "be cancelled");
        count.cancel();
        audit.record(em, "stock_count.cancelled", "stock_count", count.id(), new Changes().field("status", "open", "cancelled"));
        em.flush();
        return count;
    }
}
