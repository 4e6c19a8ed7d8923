package io.flowline.planning;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.flowline.catalog.ItemCatalog;
import io.flowline.catalog.MakeOrBuy;
import io.flowline.catalog.Manufacturing;
import io.flowline.catalog.ProductOptionsService;
import io.flowline.catalog.UnitOfMeasure;
import io.flowline.catalog.WorkCenter;
import io.flowline.catalog.engine.BomLine;
import io.flowline.catalog.engine.ProductConfiguration;
import io.flowline.orders.DemandSource;
import io.flowline.orders.OrderLine;
import io.flowline.orders.OrderLines;
import io.flowline.planning.engine.BillOfMaterials;
import io.flowline.planning.engine.IndependentDemand;
import io.flowline.planning.engine.LotSizingPolicy;
import io.flowline.planning.engine.LotSizingRule;
import io.flowline.planning.engine.PlanningCalendar;
import io.flowline.planning.engine.PlanningItem;
import io.flowline.planning.engine.QuantityPrecision;
import io.flowline.production.WorkOrder;
import io.flowline.production.WorkOrderService;
import io.flowline.purchasing.PurchaseOrderService;
import io.flowline.stock.ReservationService;
import io.flowline.stock.StockLevelService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Reads what an MRP run plans with from the tenant's data (the caller's entity manager, read-only) and turns it into the
 * engine's arrays: items with their planning parameters, base bills, available stock, scheduled receipts, and the demand of
 * open customer orders and of open work orders' components.
 */
@ApplicationScoped
public class MrpInputs {
    private static final Set<LotSizingRule> WITHOUT_COSTS = EnumSet.of(LotSizingRule.LOT_FOR_LOT, LotSizingRule.FIXED_ORDER_QUANTITY);
    private static final double DAYS_PER_YEAR = 365;

    @Inject
    EntityManager em;

    @Inject
    DemandSource demandSource;

    @Inject
    ProductOptionsService productOptions;

    @Inject
    StockLevelService stock;

    @Inject
    WorkOrderService workOrders;

    @Inject
    PurchaseOrderService purchaseOrders;

    @Inject
    ReservationService reservations;

    @Inject
    MasterSchedule masterSchedule;

    /** The buckets: weeks, or the working days of the company's calendar (see {@link #workingCalendar}). */
    PlanningCalendar calendar(String bucket, int horizon, LocalDate start) {
        if ("day".equals(bucket)) {
            WorkingDays days = workingCalendar();
            return PlanningCalendar.days(start, horizon, days.days(), days.holidays());
        }
        return PlanningCalendar.weeks(start, horizon);
    }

    record WorkingDays(Set<DayOfWeek> days, Set<LocalDate> holidays) {
    }

    /**
     * The company works on a day when any active work centre does: the union of their working days, less the holidays
     * all of them share. Without work centres, Monday to Friday.
     */
    WorkingDays workingCalendar() {
        List<WorkCenter> centres = Manufacturing.in(em).workCenters().stream().filter(w -> !w.archived()).toList();
        if (centres.isEmpty()) {
            return new WorkingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Set<LocalDate> holidays = new HashSet<>(centres.get(0).holidays());
        for (WorkCenter centre : centres) {
            days.addAll(centre.workingDays());
            holidays.retainAll(centre.holidays());
        }
        return new WorkingDays(days, holidays);
    }

    MrpModel load(PlanningCalendar calendar) {
        int periods = calendar.periods();
        List<ItemCatalog.PlannedItem> catalogue = ItemCatalog.in(em).planned();
        Map<String, Integer> index = new HashMap<>();
        catalogue.forEach(i -> index.put(i.id(), index.size()));

        Map<String, List<BomLine>> baseBills = new HashMap<>();
        Bom bom = new Bom();
        for (BomLine line : Manufacturing.in(em).baseLines()) {
            Integer parent = index.get(line.parent());
            Integer component = index.get(line.component());
            if (parent != null && component != null) {
                bom.add(parent, component, line.quantityPer(), line.scrapFactor());
                baseBills.computeIfAbsent(line.parent(), k -> new ArrayList<>()).add(line);
            }
        }

        Map<String, BigDecimal> available = stock.availableByItem(null, null);
        List<WorkOrder> openWorkOrders = workOrders.open();
        double[][] receipts = byBucket(calendar, index, scheduledReceipts(openWorkOrders, purchaseOrders.scheduledReceipts(List.of())));
        List<String> ids = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<Boolean> buy = new ArrayList<>();
        List<String> configurations = new ArrayList<>();
        List<PlanningItem> items = new ArrayList<>();
        for (int i = 0; i < catalogue.size(); i++) {
            ItemCatalog.PlannedItem item = catalogue.get(i);
            ids.add(item.id());
            codes.add(item.code());
            buy.add(item.makeOrBuy() == MakeOrBuy.BUY);
            configurations.add(null);
            items.add(planningItem(item, calendar, available.getOrDefault(item.id(), BigDecimal.ZERO).doubleValue(), receipts[i]));
        }

        Map<String, BigDecimal> reservedForLines = reservations.reservedFor("order_line");
        Map<String, BigDecimal> reservedForWorkOrders = reservations.reservedFor("work_order");
        Demand demand = new Demand();
        Map<String, List<ProductConfiguration.OptionGroup>> optionGroups = new HashMap<>();
        for (DemandSource.OpenLine open : demandSource.openLines()) {
            OrderLine line = open.line();
            Integer item = index.get(line.itemId());
            LocalDate due = open.due();
            int bucket = due == null ? 0 : calendar.bucketOf(due);
            if (item == null || bucket < 0) {
                continue; // a service, or due after the horizon
            }
            String[] references = orderLineReferences(line, open.orderNumber());
            BigDecimal needed = unreserved(line.toShip(), reservedForLines, line.itemId(), references); // reserved stock covers it
            Map<String, String> choices = OrderLines.configuration(line);
            if (choices != null && !choices.isEmpty()) {
                // an assemble-to-order line: planned as an item of its own whose bill is the base bill plus the chosen options
                List<ProductConfiguration.OptionGroup> groups = optionGroups.computeIfAbsent(line.itemId(), productOptions::groups);
                ProductConfiguration.Resolution resolution = ProductConfiguration.resolve(baseBills.getOrDefault(line.itemId(), List.of()),
                        groups, choices);
                if (resolution.valid()) {
                    int configured = items.size();
                    ItemCatalog.PlannedItem base = catalogue.get(item);
                    ids.add(base.id());
                    codes.add(base.code());
                    buy.add(false);
                    configurations.add(line.configurationJson());
                    PlanningItem assembly = PlanningItem.lotForLot(calendar.leadTime(base.leadTimeDays()), 0, 0);
                    items.add(assembly.withLotSizing(assembly.lotSizing().withPrecision(precision(base.unitOfMeasure())), 0, 0));
                    Map<String, BigDecimal> perUnit = new HashMap<>(); // a component may be on a base line and an option's
                    for (ProductConfiguration.ResolvedLine resolved : resolution.lines()) {
                        Integer component = index.get(resolved.line().component());
                        if (component != null) {
                            bom.add(configured, component, resolved.line().quantityPer(), resolved.line().scrapFactor());
                            perUnit.merge(resolved.line().component(), resolved.line().requirementPerParentUnit(), BigDecimal::add);
                        }
                    }
                    // Stock of a component reserved for this line is held for the need the line's explosion adds: it counts as the
                    // component's stock again, up to that need, rather than as unavailable and needed too.
                    perUnit.forEach((component, quantity) -> {
                        BigDecimal held = reserved(reservedForLines, component, references).min(needed.multiply(quantity));
                        if (held.signum() > 0) {
                            int c = index.get(component);
                            items.set(c, items.get(c).withMoreOnHand(held.doubleValue()));
                        }
                    });
                    item = configured;
                }
            }
            demand.add(item, bucket, needed.doubleValue(), new MrpModel.DemandLine(line.orderId(), line.id(), null, null));
        }
        // The master schedule asks for what the item's orders due in the same week do not cover: orders consume it, earliest
        // entry first, so forecast and orders for the same goods are not both planned. Every placed order consumes, shipped
        // ones too (a week's forecast is for all its orders); weeks, whatever the run's buckets, as a forecast is weekly.
        LocalDate firstMonday = monday(calendar.start(0));
        Map<String, BigDecimal> ordered = orderedPerWeek(firstMonday, calendar.end());
        for (MasterScheduleEntry entry : masterSchedule.from(firstMonday)) {
            Integer item = index.get(entry.itemId());
            String week = entry.itemId() + "|" + monday(entry.dueDate());
            BigDecimal consumed = ordered.getOrDefault(week, BigDecimal.ZERO).min(entry.quantity());
            ordered.merge(week, consumed.negate(), BigDecimal::add);
            BigDecimal uncovered = entry.quantity().subtract(consumed);
            int bucket = calendar.bucketOf(entry.dueDate().isBefore(calendar.start(0)) ? calendar.start(0) : entry.dueDate());
            if (item != null && bucket >= 0 && uncovered.signum() > 0) { // a service now, or due after the horizon: nothing
                demand.add(item, bucket, uncovered.doubleValue(), new MrpModel.DemandLine(null, null, null, entry.id()));
            }
        }
        // Work orders need their components when they start; until production issues material, that is demand too.
        for (WorkOrder order : openWorkOrders) {
            int bucket = calendar.bucketOf(order.startDate());
            for (BomLine line : bucket < 0 ? List.<BomLine>of() : baseBills.getOrDefault(order.itemId(), List.of())) {
                BigDecimal needed = unreserved(order.quantity().multiply(line.requirementPerParentUnit()), reservedForWorkOrders,
                        line.component(), order.id(), order.number());
                demand.add(index.get(line.component()), bucket, needed.doubleValue(), new MrpModel.DemandLine(null, null, order.id(), null));
            }
        }
        return new MrpModel(calendar, ids.toArray(String[]::new), codes.toArray(String[]::new), toArray(buy),
                configurations.toArray(String[]::new), items.toArray(PlanningItem[]::new), bom.toEngine(), demand.toEngine(),
                demand.lines, startedReceipts(calendar, index, openWorkOrders));
    }

    /** A quantity due to arrive: an open work order at its due date, or an open purchase-order line at its expected date. */
    record Receipt(String itemId, LocalDate due, BigDecimal quantity) {
    }

    /** The scheduled receipts planning nets against, from the open work orders and purchase-order lines given. */
    static List<Receipt> scheduledReceipts(List<WorkOrder> openWorkOrders, List<PurchaseOrderService.ScheduledReceipt> purchases) {
        List<Receipt> receipts = new ArrayList<>(openWorkOrders.size() + purchases.size());
        // An in-progress work order still brings what it has not yet received.
        openWorkOrders.forEach(w -> receipts.add(new Receipt(w.itemId(), w.dueDate(), w.remainingQuantity())));
        purchases.forEach(p -> receipts.add(new Receipt(p.itemId(), p.expectedDate(), p.openQuantity())));
        return receipts;
    }

    /** Per item and bucket, whether a started (in-progress) work order is due then, as {@link #byBucket} places receipts. */
    private static boolean[][] startedReceipts(PlanningCalendar calendar, Map<String, Integer> index, List<WorkOrder> openWorkOrders) {
        boolean[][] started = new boolean[index.size()][];
        for (WorkOrder order : openWorkOrders) {
            Integer item = index.get(order.itemId());
            int bucket = calendar.bucketOf(order.dueDate());
            if (order.started() && item != null && bucket >= 0) {
                if (started[item] == null) {
                    started[item] = new boolean[calendar.periods()];
                }
                started[item][bucket] = true;
            }
        }
        return started;
    }

    /** The receipts per item and bucket (a past one in the first bucket, one after the horizon left out). */
    private static double[][] byBucket(PlanningCalendar calendar, Map<String, Integer> index, List<Receipt> receipts) {
        double[][] perItem = new double[index.size()][];
        for (Receipt receipt : receipts) {
            Integer item = index.get(receipt.itemId());
            int bucket = calendar.bucketOf(receipt.due());
            if (item != null && bucket >= 0) {
                if (perItem[item] == null) {
                    perItem[item] = new double[calendar.periods()];
                }
                perItem[item][bucket] += receipt.quantity().doubleValue();
            }
        }
        return perItem;
    }

    /**
     * What a reference still needs of an item after the stock reserved for it: available stock already leaves that stock
     * out, so counting the whole need as demand would count it twice. A reservation names its order line or work order by
     * id or by number.
     */
    static BigDecimal unreserved(BigDecimal needed, Map<String, BigDecimal> reserved, String itemId, String... references) {
        return needed.subtract(reserved(reserved, itemId, references)).max(BigDecimal.ZERO);
    }

    /** The stock of an item reserved for a reference, by any of the names given. */
    static BigDecimal reserved(Map<String, BigDecimal> reserved, String itemId, String... references) {
        BigDecimal held = BigDecimal.ZERO;
        for (String reference : references) {
            held = held.add(reserved.getOrDefault(reference + "|" + itemId, BigDecimal.ZERO));
        }
        return held;
    }

    /** The ways a reservation names an order line: its id, or order number and line number ({@code SO-2026-00042/1}). */
    static String[] orderLineReferences(OrderLine line, String orderNumber) {
        return new String[] {line.id(), orderNumber + "/" + line.lineNumber()};
    }

    /** The quantity of each item on placed orders due in each week from {@code from} to before {@code to}, by "item|Monday". */
    private Map<String, BigDecimal> orderedPerWeek(LocalDate from, LocalDate to) {
        Map<String, BigDecimal> ordered = new HashMap<>();
        demandSource.placedLinesDue(from, to).forEach(l -> ordered.merge(l.itemId() + "|" + monday(l.due()), l.quantity(), BigDecimal::add));
        return ordered;
    }

    static LocalDate monday(LocalDate date) {
        return date.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    private static PlanningItem planningItem(ItemCatalog.PlannedItem item, PlanningCalendar calendar, double onHand, double[] receipts) {
        double holdingCost = item.standardCostAmount() == null || item.holdingCostRate() == null ? 0
                : item.standardCostAmount().doubleValue() * item.holdingCostRate().doubleValue() * calendar.daysPerBucket() / DAYS_PER_YEAR;
        double orderingCost = item.orderingCostAmount() == null ? 0 : item.orderingCostAmount().doubleValue();
        LotSizingRule rule = LotSizingRule.valueOf(item.lotSizingRule().name());
        double fixed = number(item.fixedOrderQuantity());
        int periods = item.orderPeriods() == null ? 0 : item.orderPeriods();
        boolean costsNeeded = !WITHOUT_COSTS.contains(rule) && !(rule == LotSizingRule.PERIOD_ORDER_QUANTITY && periods > 0)
                && !(rule == LotSizingRule.ECONOMIC_ORDER_QUANTITY && fixed > 0);
        if ((costsNeeded && holdingCost <= 0) || (rule == LotSizingRule.FIXED_ORDER_QUANTITY && fixed <= 0)) {
            rule = LotSizingRule.LOT_FOR_LOT; // the rule lacks what it computes with: plan lot for lot rather than fail the run
        }
        LotSizingPolicy policy = new LotSizingPolicy(rule, fixed, periods, number(item.minimumOrderQuantity()), number(item.orderMultiple()),
                precision(item.unitOfMeasure()));
        return new PlanningItem(calendar.leadTime(item.leadTimeDays()), Math.max(0, onHand), number(item.safetyStock()), receipts, policy,
                orderingCost, holdingCost);
    }

    /** How finely the engine counts an item's quantities: its unit's decimals (whole pieces, kilograms to the gram). */
    static QuantityPrecision precision(UnitOfMeasure unit) {
        return QuantityPrecision.ofDecimals(Math.min(unit.decimals(), QuantityPrecision.MAX_DECIMALS));
    }

    private static double number(BigDecimal value) {
        return value == null ? 0 : value.doubleValue();
    }

    private static boolean[] toArray(List<Boolean> values) {
        boolean[] array = new boolean[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }

    /** Bill-of-materials lines as they are found, for the engine's parallel arrays. */
    private static final class Bom {
        private final List<int[]> links = new ArrayList<>();
        private final List<double[]> quantities = new ArrayList<>();

        void add(int parent, int component, BigDecimal quantityPer, BigDecimal scrapFactor) {
            links.add(new int[] {parent, component});
            quantities.add(new double[] {quantityPer.doubleValue(), number(scrapFactor)});
        }

        BillOfMaterials toEngine() {
            int lines = links.size();
            int[] parent = new int[lines];
            int[] component = new int[lines];
            double[] quantityPer = new double[lines];
            double[] scrap = new double[lines];
            for (int l = 0; l < lines; l++) {
                parent[l] = links.get(l)[0];
                component[l] = links.get(l)[1];
                quantityPer[l] = quantities.get(l)[0];
                scrap[l] = quantities.get(l)[1];
            }
            return new BillOfMaterials(parent, component, quantityPer, scrap);
        }
    }

    /** Demand lines as they are found (order lines, work orders' components); the engine's reference of a line is its position here. */
    private static final class Demand {
        private final List<int[]> where = new ArrayList<>();
        private final List<Double> quantities = new ArrayList<>();
        private final List<MrpModel.DemandLine> lines = new ArrayList<>();

        void add(int item, int bucket, double quantity, MrpModel.DemandLine line) {
            where.add(new int[] {item, bucket});
            quantities.add(quantity);
            lines.add(line);
        }

        IndependentDemand toEngine() {
            int count = where.size();
            int[] item = new int[count];
            int[] period = new int[count];
            double[] quantity = new double[count];
            long[] reference = new long[count];
            for (int l = 0; l < count; l++) {
                item[l] = where.get(l)[0];
                period[l] = where.get(l)[1];
                quantity[l] = quantities.get(l);
                reference[l] = l;
            }
            return new IndependentDemand(item, period, quantity, reference);
        }
    }
}
