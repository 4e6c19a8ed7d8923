package io.flowline.stock;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.flowline.catalog.Item;
import io.flowline.catalog.ItemCatalog;
import io.flowline.catalog.ItemService;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

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
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder jpql = new StringBuilder("SELECT b.itemId, b.warehouseId, b.lotId, SUM(b.onHand), SUM(b.reserved) FROM StockBalance b WHERE 1 = 1");
        if (page.after() != null) {
            String[] after = page.after().split("/");
            if (after.length != 3 || after[0].equals("-") || after[1].equals("-")) {
                throw new RuleBroken("cursor", "is not a cursor this API returned");
            }
            jpql.append(" AND (b.itemId > :afterItem OR (b.itemId = :afterItem AND (b.warehouseId > :afterWarehouse"
                    + " OR (b.warehouseId = :afterWarehouse AND ").append(after[2].equals("-") ? "b.lotId IS NOT NULL" : "b.lotId > :afterLot").append("))))");
            parameters.put("afterItem", after[0]);
            parameters.put("afterWarehouse", after[1]);
            if (!after[2].equals("-")) {
                parameters.put("afterLot", after[2]);
            }
        }
        if (itemId != null) {
            jpql.append(" AND b.itemId = :item");
            parameters.put("item", itemId);
        }
        if (warehouseId != null) {
            jpql.append(" AND b.warehouseId = :warehouse");
            parameters.put("warehouse", warehouseId);
        }
        jpql.append(" GROUP BY b.itemId, b.warehouseId, b.lotId HAVING SUM(b.onHand) <> 0 OR SUM(b.reserved) <> 0"
                + " ORDER BY b.itemId, b.warehouseId, b.lotId");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class).setMaxResults(page.fetchSize());
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        Map<String, Item> items = ItemCatalog.in(em).byId(rows.stream().map(r -> (String) r[0]).toList());
        List<String> lotIds = rows.stream().map(r -> (String) r[2]).filter(java.util.Objects::nonNull).distinct().toList();
        List<String> held = lotIds.isEmpty() ? List.of() : em.createQuery("SELECT l.id FROM Lot l WHERE l.id IN :ids AND l.status <> :released",
                String.class).setParameter("ids", lotIds).setParameter("released", LotStatus.RELEASED).getResultList();
        return rows.stream().map(r -> {
            Item item = items.get((String) r[0]);
            BigDecimal onHand = (BigDecimal) r[3];
            boolean valued = item != null && item.standardCostAmount() != null;
            return new Level((String) r[0], (String) r[1], (String) r[2], item == null ? null : item.unit(), onHand, (BigDecimal) r[4],
                    valued ? StockValue.of(onHand, item.standardCostAmount()) : null, valued ? item.standardCostCurrency() : null,
                    r[2] == null || !held.contains((String) r[2]));
        }).toList();
    }

    /**
     * Available stock (on hand less reserved) per item, in one warehouse or all, counting only stock that may be issued:
     * without a lot or in a released lot (quarantined and blocked lots wait for quality). What planning nets against.
     */
    public Map<String, BigDecimal> availableByItem(Collection<String> itemIds, String warehouseId) {
        StringBuilder jpql = new StringBuilder("SELECT b.itemId, SUM(b.onHand), SUM(b.reserved) FROM StockBalance b"
                + " WHERE (b.lotId IS NULL OR b.lotId IN (SELECT l.id FROM Lot l WHERE l.status = :released))");
        if (itemIds != null) {
            if (itemIds.isEmpty()) {
                return Map.of();
            }
            jpql.append(" AND b.itemId IN :items");
        }
        if (warehouseId != null) {
            jpql.append(" AND b.warehouseId = :warehouse");
        }
        TypedQuery<Object[]> query = em.createQuery(jpql.append(" GROUP BY b.itemId").toString(), Object[].class)
                .setParameter("released", LotStatus.RELEASED);
        if (itemIds != null) {
            query.setParameter("items", itemIds);
        }
        if (warehouseId != null) {
            query.setParameter("warehouse", warehouseId);
        }
        Map<String, BigDecimal> available = new HashMap<>();
        query.getResultList().forEach(r -> available.put((String) r[0], ((BigDecimal) r[1]).subtract((BigDecimal) r[2])));
        return available;
    }
}
