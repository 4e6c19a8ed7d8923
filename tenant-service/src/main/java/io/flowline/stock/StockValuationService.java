package io.flowline.stock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.flowline.catalog.Item;
import io.flowline.catalog.ItemCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Stock on hand valued at each item's standard cost, per warehouse. Quarantined and blocked stock counts: the company
 * owns it. Items without a standard cost are listed without a value and left out of the totals.
 */
@ApplicationScoped
public class StockValuationService {
    @Inject
    EntityManager em;

    public record Line(Item item, BigDecimal quantity, BigDecimal value) {
    }

    /** The value of one warehouse: a total per currency the standard costs are in, and its items. */
    public record WarehouseValue(Warehouse warehouse, Map<String, BigDecimal> totals, List<Line> lines) {
    }

    public List<WarehouseValue> valuation(String warehouseId, String itemId) {
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
        List<Object[]> rows = query.getResultList();
        Map<String, Item> items = ItemCatalog.in(em).byId(rows.stream().map(r -> (String) r[1]).distinct().toList());
        Map<String, Warehouse> warehouses = byId(Warehouse.class, rows.stream().map(r -> (String) r[0]).distinct().toList(), Warehouse::id);
        Map<String, List<Line>> lines = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Item item = items.get((String) row[1]);
            BigDecimal quantity = (BigDecimal) row[2];
            BigDecimal value = item.standardCostAmount() == null ? null : StockValue.of(quantity, item.standardCostAmount());
            lines.computeIfAbsent((String) row[0], w -> new ArrayList<>()).add(new Line(item, quantity, value));
        }
        List<WarehouseValue> values = new ArrayList<>();
        lines.forEach((warehouse, itemLines) -> {
            Map<String, BigDecimal> totals = new TreeMap<>();
            itemLines.stream().filter(l -> l.value() != null)
                    .forEach(l -> totals.merge(l.item().standardCostCurrency(), l.value(), BigDecimal::add));
            values.add(new WarehouseValue(warehouses.get(warehouse), totals, itemLines));
        });
        return values;
    }

    private <T> Map<String, T> byId(Class<T> type, List<String> ids, Function<T, String> id) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT x FROM " + type.getSimpleName() + " x WHERE x.id IN :ids", type).setParameter("ids", ids)
                .getResultList().stream().collect(Collectors.toMap(id, x -> x));
    }
}
