package io.flowline.purchasing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.flowline.catalog.Item;
import io.flowline.catalog.ItemCatalog;
import io.flowline.catalog.ItemLotSizingRule;
import io.flowline.platform.tenancy.Tenant;
import io.flowline.platform.tenancy.TenantContext;
import io.flowline.purchasing.engine.InventoryPolicy;
import io.flowline.purchasing.engine.Replenishment;
import io.flowline.stock.StockLevelService;
import io.flowline.stock.StockMovementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Reorder-point replenishment: items whose inventory position (available released stock + open purchase order
 * quantities) is below their reorder point, with the quantity to order and from whom.
 *
 * <p>The reorder point is the item's own when it has one. Otherwise it is the average daily demand times the lead time
 * plus safety stock, where demand is what was issued from stock (issue movements) over the last {@value #LOOK_BACK_DAYS}
 * days of the company's calendar up to today, days without issues counted as 0. Safety stock is z x sigma(daily demand) x sqrt(lead
 * time) when the company set a replenishment service level, else the item's safety stock. The lead time is the preferred
 * supplier's for the item, else the item's.
 */
@ApplicationScoped
public class ReplenishmentService {
    /** How far back demand is read. */
    public static final int LOOK_BACK_DAYS = 90;
    private static final int DAYS_PER_YEAR = 365;

    @Inject
    EntityManager em;

    @Inject
    TenantContext caller;

    @Inject
    PurchaseOrderService purchaseOrders;

    @Inject
    StockLevelService stock;

    @Inject
    SupplierItemService supplierItems;


    /** How a suggested quantity was sized. */
    public enum Sizing {
        ECONOMIC_ORDER_QUANTITY, FIXED_ORDER_QUANTITY, REORDER_POINT_TOP_UP;

        public String apiName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Suggestion(Item item, BigDecimal available, BigDecimal onOrder, BigDecimal reorderPoint, boolean ownReorderPoint,
                             BigDecimal safetyStock, BigDecimal averageDailyDemand, int leadTimeDays, Sizing sizing,
                             BigDecimal economicOrderQuantity, BigDecimal quantity, SupplierItem terms, LocalDate expectedDate) {
    }

    public List<Suggestion> suggestions(String itemId) {
        Tenant tenant = em.find(Tenant.class, caller.tenantId());
        ZoneId zone = ZoneId.of(tenant.timeZone());
        LocalDate today = LocalDate.now(zone);
        double serviceLevel = tenant.replenishmentServiceLevel() == null ? Double.NaN : tenant.replenishmentServiceLevel().doubleValue();
        List<Item> items = ItemCatalog.in(em).activeGoods(itemId);
        // one item asked for: its own figures only (an empty list means every item to purchasing)
        Map<String, BigDecimal> available = stock.availableByItem(itemId == null ? null : List.of(itemId), null);
        Map<String, BigDecimal> onOrder = new HashMap<>();
        purchaseOrders.scheduledReceipts(itemId == null ? List.of() : List.of(itemId))
                .forEach(r -> onOrder.merge(r.itemId(), r.openQuantity(), BigDecimal::add));
        Map<String, SupplierItem> preferred = supplierItems.preferredByItem(itemId);
        Map<String, double[]> demand = dailyDemand(today, zone);

        List<Suggestion> suggestions = new ArrayList<>();
        for (Item item : items) {
            SupplierItem terms = preferred.get(item.id());
            int leadTime = terms != null && terms.leadTimeDays() != null ? terms.leadTimeDays() : item.leadTimeDays();
            Replenishment.Demand daily = Replenishment.Demand.of(demand.getOrDefault(item.id(), new double[LOOK_BACK_DAYS]));
            boolean own = item.reorderPoint() != null;
            double safety = item.safetyStock() == null ? 0 : item.safetyStock().doubleValue();
            double reorderPoint;
            if (own) {
                reorderPoint = item.reorderPoint().doubleValue();
            } else {
                Replenishment.ReorderPoint computed = Replenishment.reorderPoint(daily, leadTime, serviceLevel, safety);
                reorderPoint = computed.reorderPoint();
                safety = computed.safetyStock();
            }
            BigDecimal stock = available.getOrDefault(item.id(), BigDecimal.ZERO);
            BigDecimal ordered = onOrder.getOrDefault(item.id(), BigDecimal.ZERO);
            double position = stock.add(ordered).doubleValue();
            if (position >= reorderPoint) {
                continue;
            }
            double eoq = economicOrderQuantity(item, terms, daily.mean());
            Sizing sizing;
            double lot;
            if (item.lotSizingRule() == ItemLotSizingRule.ECONOMIC_ORDER_QUANTITY && (item.fixedOrderQuantity() != null || !Double.isNaN(eoq))) {
                sizing = Sizing.ECONOMIC_ORDER_QUANTITY;
                lot = item.fixedOrderQuantity() != null ? item.fixedOrderQuantity().doubleValue() : eoq; // a given lot replaces the EOQ
            } else if (item.lotSizingRule() == ItemLotSizingRule.FIXED_ORDER_QUANTITY && item.fixedOrderQuantity() != null) {
                sizing = Sizing.FIXED_ORDER_QUANTITY;
                lot = item.fixedOrderQuantity().doubleValue();
            } else {
                sizing = Sizing.REORDER_POINT_TOP_UP;
                lot = 0;
            }
            BigDecimal minimum = terms != null && terms.minimumOrderQuantity() != null ? terms.minimumOrderQuantity() : item.minimumOrderQuantity();
            BigDecimal multiple = terms != null && terms.orderMultiple() != null ? terms.orderMultiple() : item.orderMultiple();
            double quantity = Replenishment.orderQuantity(reorderPoint - position, lot, minimum == null ? 0 : minimum.doubleValue(),
                    multiple == null ? 0 : multiple.doubleValue());
            suggestions.add(new Suggestion(item, stock, ordered, decimal(reorderPoint), own, decimal(safety), decimal(daily.mean()), leadTime,
                    sizing, Double.isNaN(eoq) ? null : decimal(eoq), decimal(quantity), terms, today.plusDays(leadTime)));
        }
        return suggestions;
    }

    /** Wilson's EOQ with yearly demand from the daily average; NaN when the item lacks an input (ordering cost, holding rate, a cost). */
    private static double economicOrderQuantity(Item item, SupplierItem terms, double dailyDemand) {
        BigDecimal unitCost = item.standardCostAmount() != null ? item.standardCostAmount() : terms == null ? null : terms.unitPriceAmount();
        if (item.orderingCostAmount() == null || item.holdingCostRate() == null || unitCost == null || dailyDemand <= 0
                || item.holdingCostRate().signum() == 0 || unitCost.signum() == 0) {
            return Double.NaN;
        }
        return InventoryPolicy.economicOrderQuantity(dailyDemand * DAYS_PER_YEAR, item.orderingCostAmount().doubleValue(),
                item.holdingCostRate().doubleValue() * unitCost.doubleValue());
    }

    /** Issued quantity per item and day of the look-back window (index 0 the oldest day, the last one today). */
    private Map<String, double[]> dailyDemand(LocalDate today, ZoneId zone) {
        LocalDate first = today.minusDays(LOOK_BACK_DAYS - 1);
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, double[]> demand = new HashMap<>();
        StockMovementRepository.in(em).issuedBetween(from, to).forEach(issue -> {
            int day = (int) ChronoUnit.DAYS.between(first, issue.at().atZone(zone).toLocalDate());
            demand.computeIfAbsent(issue.itemId(), i -> new double[LOOK_BACK_DAYS])[day] += -issue.quantity().doubleValue();
        });
        return demand;
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
