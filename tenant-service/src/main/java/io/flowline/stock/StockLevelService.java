package io.flowline.stock;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.flowline.catalog.Item;
import io.flowline.catalog.ItemCatalog;
import io.flowline.catalog.ItemService;
import io.flowline.platform.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** On hand, reserved and available per item, warehouse and lot, summed over storage locations, and valued at standard cost. */
@ApplicationScoped
public class StockLevelService {
    @Inject
    EntityManager em;

    /** {@code usable}: without a lot or in a released one; stock in a quarantined or blocked lot is not available. */
    public record Level(String itemId, String warehouseId, String lotId, String unit, BigDecimal onHand, BigDecimal reserved,
                        BigDecimal valueAmount, String valueCurrency, boolean usable) {
        public BigDecimal available() {
            return usable ? onHand.subtract(reserved) : BigDecimal.ZERO;
        }

        /** What the list is ordered and paged by. */
        public String key() {
            return itemId + "/" + warehouseId + "/" + (lotId == null ? "-" : lotId);
        }
    }

    /** A page of levels in item, warehouse, lot order (no lot first, as both databases sort NULL first), after the page's key. */
    public List<Level> levels(PageRequest page, String itemId, String warehouseId) {
        List<StockBalanceRepository.Level> rows = StockBalanceRepository.in(em).levels(page, itemId, warehouseId);
        Map<String, Item> items = ItemCatalog.in(em).byId(rows.stream().map(StockBalanceRepository.Level::itemId).toList());
        List<String> held = LotRepository.in(em).notReleased(rows.stream().map(StockBalanceRepository.Level::lotId).filter(java.util.Objects::nonNull).distinct().toList());
        return rows.stream().map(r -> {
            Item item = items.get(r.itemId());
            boolean valued = item != null && item.standardCostAmount() != null;
            return new Level(r.itemId(), r.warehouseId(), r.lotId(), item == null ? null : item.unit(), r.onHand(), r.reserved(),
                    valued ? StockValue.of(r.onHand(), item.standardCostAmount()) : null, valued ? item.standardCostCurrency() : null,
                    r.lotId() == null || !held.contains(r.lotId()));
        }).toList();
    }

    /**
     * Available stock (on hand less reserved) per item, in one warehouse or all, counting only stock that may be issued:
     * without a lot or in a released lot (quarantined and blocked lots wait for quality). What planning nets against.
     */
    public Map<String, BigDecimal> availableByItem(Collection<String> itemIds, String warehouseId) {
        return StockBalanceRepository.in(em).availableByItem(itemIds, warehouseId);
    }

    /**
     * One balance row's stock as a picker for one reference (a work order) sees it: {@code available} is what nobody else
     * holds (on hand, less what others reserved), of usable stock only (no lot, or a released one); {@code receivedAt} is when
     * its lot was created, or the row for stock without a lot.
     */
    public record Pickable(String itemId, String warehouseId, String locationId, String lotId, String lotNumber,
                           java.time.LocalDate expiryDate, java.time.Instant receivedAt, BigDecimal available) {
    }

    /** The pickable stock of these items for {@code referenceType}/{@code referenceId}, in balance row order; empty rows left out. */
    public List<Pickable> pickable(Collection<String> itemIds, String referenceType, String referenceId) {
        List<StockBalance> rows = StockBalanceRepository.in(em).withStock(itemIds);
        Map<String, BigDecimal> held = referenceId == null ? Map.of() : ReservationRepository.in(em).heldFor(referenceType, referenceId);
        Map<String, Lot> lots = LotRepository.in(em).byId(rows.stream().map(StockBalance::lotId).filter(java.util.Objects::nonNull).distinct().toList());
        List<Pickable> pickable = new java.util.ArrayList<>();
        for (StockBalance row : rows) {
            Lot lot = row.lotId() == null ? null : lots.get(row.lotId());
            if (row.lotId() != null && (lot == null || !lot.usable())) {
                continue;
            }
            BigDecimal available = row.available().add(held.getOrDefault(row.id(), BigDecimal.ZERO));
            if (available.signum() > 0) {
                pickable.add(new Pickable(row.itemId(), row.warehouseId(), row.locationId(), row.lotId(), lot == null ? null : lot.number(),
                        lot == null ? null : lot.expiryDate(), lot == null ? row.createdAt() : lot.createdAt(), available));
            }
        }
        return pickable;
    }
}
