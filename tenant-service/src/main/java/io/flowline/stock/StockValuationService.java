package io.flowline.stock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.flowline.catalog.Item;
import io.flowline.catalog.ItemCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

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
        List<StockBalanceRepository.OnHand> rows = StockBalanceRepository.in(em).onHandByWarehouseAndItem(warehouseId, itemId);
        Map<String, Item> items = ItemCatalog.in(em).byId(rows.stream().map(StockBalanceRepository.OnHand::itemId).distinct().toList());
        Map<String, Warehouse> warehouses = WarehouseRepository.in(em).byId(rows.stream().map(StockBalanceRepository.OnHand::warehouseId).distinct().toList());
        Map<String, List<Line>> lines = new LinkedHashMap<>();
        for (StockBalanceRepository.OnHand row : rows) {
            Item item = items.get(row.itemId());
            BigDecimal quantity = row.quantity();
            BigDecimal value = item.standardCostAmount() == null ? null : StockValue.of(quantity, item.standardCostAmount());
            lines.computeIfAbsent(row.warehouseId(), w -> new ArrayList<>()).add(new Line(item, quantity, value));
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
}
