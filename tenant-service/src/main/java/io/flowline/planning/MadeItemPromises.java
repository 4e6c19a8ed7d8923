package io.flowline.planning;

import static io.flowline.platform.json.Decimals.plain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import io.flowline.catalog.BillOfMaterialsLine;
import io.flowline.catalog.BomLines;
import io.flowline.catalog.Item;
import io.flowline.catalog.ItemCatalog;
import io.flowline.catalog.MakeOrBuy;
import io.flowline.catalog.RoutingOperation;
import io.flowline.catalog.RoutingService;
import io.flowline.catalog.WorkCenter;
import io.flowline.planning.engine.ProductionPromise;
import io.flowline.production.WorkOrderService;
import io.flowline.purchasing.PurchaseOrderService;
import io.flowline.stock.StockLevelService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Delivery promises for made items (issue 12): what stock does not cover waits for its components over every level of
 * the bill, then for the item's making on its work centres ({@link ProductionPromise}). Before, a made item was promised
 * after its own lead time alone: 6,000 bottles "in 1 day" while a component took 7.
 */
@ApplicationScoped
public class MadeItemPromises {
    @Inject
    EntityManager em;

    @Inject
    BomLines bomLines;

    @Inject
    RoutingService routings;

    @Inject
    StockLevelService stock;

    @Inject
    WorkOrderService workOrders;

    @Inject
    PurchaseOrderService purchaseOrders;

    /** Whether the item is made in house, and so promised over its structure rather than after its lead time alone. */
    static boolean applies(Item item) {
        return item.makeOrBuy() == MakeOrBuy.MAKE;
    }

    /**
     * @param committed what committed orders still need of each of the items named (DeliveryPromiseService's reckoning)
     */
    DeliveryPromiseService.Promise promise(Item item, BigDecimal quantity, String warehouseId, LocalDate today, MrpInputs.WorkingDays working,
                                           Function<Collection<String>, Map<String, BigDecimal>> committed) {
        List<BillOfMaterialsLine> lines = bomLines.below(List.of(item.id()), false);
        Set<String> ids = new LinkedHashSet<>();
        ids.add(item.id());
        lines.forEach(l -> ids.add(l.componentId()));
        Map<String, Item> items = ItemCatalog.in(em).byId(ids);
        Map<String, BigDecimal> inStock = stock.availableByItem(ids, warehouseId);
        Map<String, BigDecimal> needed = committed.apply(ids);
        Map<String, TreeMap<LocalDate, Double>> receipts = receipts(ids, today);
        Map<String, List<ProductionPromise.ComponentUse>> uses = new HashMap<>();
        for (BillOfMaterialsLine line : lines) {
            BigDecimal perUnit = line.quantityPer().multiply(BigDecimal.ONE.add(line.scrapFactor() == null ? BigDecimal.ZERO : line.scrapFactor()));
            uses.computeIfAbsent(line.parentId(), p -> new ArrayList<>())
                    .add(new ProductionPromise.ComponentUse(line.componentId(), perUnit.doubleValue()));
        }
        Map<String, ProductionPromise.Part> parts = new HashMap<>();
        for (Item part : items.values()) {
            boolean made = applies(part);
            double available = inStock.getOrDefault(part.id(), BigDecimal.ZERO).subtract(needed.getOrDefault(part.id(), BigDecimal.ZERO)).doubleValue();
            parts.put(part.id(), new ProductionPromise.Part(available, receipts.get(part.id()), part.leadTimeDays(),
                    made ? uses.getOrDefault(part.id(), List.of()) : List.of(), made ? routing(part) : List.of(),
                    MrpInputs.precision(part.unitOfMeasure())));
        }
        ProductionPromise.Result result = ProductionPromise.promise(parts, item.id(), quantity.doubleValue(), today,
                ProductionPromise.workingDays(working.days(), working.holidays()));
        List<DeliveryPromiseService.Reckoning> reckonings = result.reckonings().stream().map(r -> new DeliveryPromiseService.Reckoning(
                items.get(r.partId()), decimal(r.required()), decimal(r.available()), decimal(r.shortage()), r.leadTimeDays(), r.date())).toList();
        return new DeliveryPromiseService.Promise(item, quantity, result.date(), result.limitingPartId().map(items::get), result.makingDays(),
                reckonings);
    }

    /** The item's routing as the engine's operations, each on its work centre's calendar (an archived centre's too: it is still routed). */
    private List<ProductionPromise.Operation> routing(Item item) {
        List<RoutingOperation> operations = routings.operations(item.id());
        if (operations.isEmpty()) {
            return List.of();
        }
        Map<String, WorkCenter> centres = routings.get(item.id()).workCenters();
        List<ProductionPromise.Operation> routing = new ArrayList<>();
        for (RoutingOperation operation : operations) {
            WorkCenter centre = centres.get(operation.workCenterId());
            if (centre != null) {
                routing.add(new ProductionPromise.Operation(number(operation.setupHours()), number(operation.runHoursPerUnit()), centre.calendar()));
            }
        }
        return routing;
    }

    /** Open work orders and purchase-order lines by the date they arrive; a late one is counted as arriving today. */
    private Map<String, TreeMap<LocalDate, Double>> receipts(Collection<String> ids, LocalDate today) {
        Map<String, TreeMap<LocalDate, Double>> receipts = new HashMap<>();
        for (MrpInputs.Receipt receipt : MrpInputs.scheduledReceipts(workOrders.open(ids), purchaseOrders.scheduledReceipts(ids))) {
            LocalDate due = receipt.due() == null || receipt.due().isBefore(today) ? today : receipt.due();
            receipts.computeIfAbsent(receipt.itemId(), id -> new TreeMap<>()).merge(due, receipt.quantity().doubleValue(), Double::sum);
        }
        return receipts;
    }

    private static double number(BigDecimal value) {
        return value == null ? 0 : value.doubleValue();
    }

    /** An engine quantity as the API writes quantities: to the six decimals the database holds. */
    private static BigDecimal decimal(double value) {
        return plain(BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP));
    }
}
