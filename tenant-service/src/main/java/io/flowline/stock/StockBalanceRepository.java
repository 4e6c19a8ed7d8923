package io.flowline.stock;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.pagination.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The balance rows of the entity manager's tenant (one per item, warehouse, location and lot) and the sums read over them.
 * Rows that change are locked through {@link StockLocks}, not read here.
 */
final class StockBalanceRepository {
    private final EntityManager em;

    private StockBalanceRepository(EntityManager em) {
        this.em = em;
    }

    static StockBalanceRepository in(EntityManager em) {
        return new StockBalanceRepository(em);
    }

    /** On hand and reserved of one item, warehouse and lot, summed over the locations. */
    record Level(String itemId, String warehouseId, String lotId, BigDecimal onHand, BigDecimal reserved) {
    }

    /** On hand of one item in one warehouse, summed over locations and lots. */
    record OnHand(String warehouseId, String itemId, BigDecimal quantity) {
    }

    StockBalance byKey(String key) {
        return em.createNamedQuery("StockBalance.byKey", StockBalance.class).setParameter("key", key).getResultStream().findFirst().orElse(null);
    }

    /** The ids of the rows with these keys, by key; keys without a row are left out. */
    Map<String, String> idsByKey(Collection<String> keys) {
        Map<String, String> ids = new HashMap<>();
        if (!keys.isEmpty()) {
            em.createNamedQuery("StockBalance.idsByKey", Object[].class).setParameter("keys", List.copyOf(keys)).getResultList()
                    .forEach(row -> ids.put((String) row[0], (String) row[1]));
        }
        return ids;
    }

    /** The rows of the item in the warehouse, of one lot when {@code lotId} is given. */
    List<String> idsOf(String itemId, String warehouseId, String lotId) {
        TypedQuery<String> query = em.createNamedQuery(lotId == null ? "StockBalance.idsInWarehouse" : "StockBalance.idsOfLotInWarehouse",
                String.class).setParameter("item", itemId).setParameter("warehouse", warehouseId);
        return (lotId == null ? query : query.setParameter("lot", lotId)).getResultList();
    }

    /** The rows of the item in every warehouse. */
    List<String> idsOfItem(String itemId) {
        return em.createNamedQuery("StockBalance.idsOfItem", String.class).setParameter("item", itemId).getResultList();
    }

    /** The rows with stock on hand in the warehouse, of these items and locations when they are given (an empty list: none). */
    List<StockBalance> onHand(String warehouseId, List<String> itemIds, List<String> locationIds) {
        StringBuilder jpql = new StringBuilder("SELECT b FROM StockBalance b WHERE b.warehouseId = :warehouse AND b.onHand > 0");
        if (itemIds != null) {
            jpql.append(itemIds.isEmpty() ? " AND 1 = 0" : " AND b.itemId IN :items");
        }
        if (locationIds != null) {
            jpql.append(locationIds.isEmpty() ? " AND 1 = 0" : " AND b.locationId IN :locations");
        }
        TypedQuery<StockBalance> query = em.createQuery(jpql.append(" ORDER BY b.itemId, b.locationId, b.lotId").toString(), StockBalance.class)
                .setParameter("warehouse", warehouseId);
        if (itemIds != null && !itemIds.isEmpty()) {
            query.setParameter("items", itemIds);
        }
        if (locationIds != null && !locationIds.isEmpty()) {
            query.setParameter("locations", locationIds);
        }
        return query.getResultList();
    }

    /** A page of levels in item, warehouse, lot order (no lot first, as both databases sort NULL first), after the page's key. */
    List<Level> levels(PageRequest page, String itemId, String warehouseId) {
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
        return query.getResultList().stream()
                .map(r -> new Level((String) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3], (BigDecimal) r[4])).toList();
    }

    /** On hand less reserved per item, without a lot or in a released one; in one warehouse or all, of these items or all (null). */
    Map<String, BigDecimal> availableByItem(Collection<String> itemIds, String warehouseId) {
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

    /** What is on hand per warehouse and item (where it is not zero), in that order; of one warehouse or item when given. */
    List<OnHand> onHandByWarehouseAndItem(String warehouseId, String itemId) {
        StringBuilder jpql = new StringBuilder("SELECT b.warehouseId, b.itemId, SUM(b.onHand) FROM StockBalance b WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (warehouseId != null) {
            jpql.append(" AND b.warehouseId = :warehouse");
            parameters.put("warehouse", warehouseId);
        }
        if (itemId != null) {
            jpql.append(" AND b.itemId = :item");
            parameters.put("item", itemId);
        }
        TypedQuery<Object[]> query = em.createQuery(jpql.append(" GROUP BY b.warehouseId, b.itemId HAVING SUM(b.onHand) <> 0"
                + " ORDER BY b.warehouseId, b.itemId").toString(), Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(r -> new OnHand((String) r[0], (String) r[1], (BigDecimal) r[2])).toList();
    }

    /** The rows of these items with stock on hand, in id order. */
    List<StockBalance> withStock(Collection<String> itemIds) {
        return itemIds.isEmpty() ? List.of() : em.createNamedQuery("StockBalance.withStockOfItems", StockBalance.class)
                .setParameter("items", List.copyOf(itemIds)).getResultList();
    }
}
