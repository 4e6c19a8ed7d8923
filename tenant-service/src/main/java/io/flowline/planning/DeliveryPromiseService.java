package io.flowline.planning;

import static io.flowline.platform.json.Decimals.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.flowline.catalog.BomLines;
import io.flowline.catalog.Item;
import io.flowline.catalog.ItemCatalog;
import io.flowline.catalog.ProductOptionsService;
import io.flowline.catalog.engine.BomLine;
import io.flowline.catalog.engine.ProductConfiguration;
import io.flowline.orders.DeliveryPromises;
import io.flowline.orders.DemandSource;
import io.flowline.orders.OrderLine;
import io.flowline.orders.OrderLines;
import io.flowline.planning.engine.AssemblyPromise;
import io.flowline.planning.engine.AvailableToPromise;
import io.flowline.planning.engine.PlanningCalendar;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.failure.Violation;
import io.flowline.platform.tenancy.Module;
import io.flowline.platform.tenancy.Tenant;
import io.flowline.platform.tenancy.TenantContext;
import io.flowline.production.WorkOrderService;
import io.flowline.purchasing.PurchaseOrderService;
import io.flowline.stock.ReservationService;
import io.flowline.stock.StockLevelService;
import io.flowline.stock.WarehouseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The earliest delivery date of an item, on stock and orders as they stand: two-level available-to-promise for a
 * configurable (assemble-to-order) item, every level of its bill and its work centres' calendars for a made one
 * ({@link MadeItemPromises}), single-level for a bought one. Periods are working days from today, period 0
 * being today (or the next working day); an item short of stock is replenished after its lead time.
 */
@ApplicationScoped
public class DeliveryPromiseService implements DeliveryPromises {
    @Inject
    EntityManager em;

    @Inject
    MrpInputs inputs;

    @Inject
    ReservationService reservations;

    @Inject
    PurchaseOrderService purchaseOrders;

    @Inject
    WorkOrderService workOrders;

    @Inject
    TenantContext caller;

    @Inject
    ProductOptionsService productOptions;

    @Inject
    BomLines bomLines;

    @Inject
    StockLevelService stock;

    @Inject
    DemandSource demandSource;

    @Inject
    MadeItemPromises madeItems;

    /** What one item contributes: how much is needed, available, short, and when it is all there. */
    public record Reckoning(Item item, BigDecimal required, BigDecimal available, BigDecimal shortage, int leadTimeDays,
                            LocalDate date) {
    }

    /**
     * The promise: the earliest date, the component that limits it (empty when nothing is short), the assembly lead time
     * of a configurable item (empty for any other) and one reckoning per component, or for the item itself.
     */
    public record Promise(Item item, BigDecimal quantity, LocalDate earliestDate, Optional<Item> limitingComponent,
                          Optional<Integer> assemblyLeadTimeDays, List<Reckoning> lines) {

        /** Why this date, in one sentence. */
        public String explanation() {
            if (assemblyLeadTimeDays.isEmpty()) {
                Reckoning line = lines.get(0);
                return line.shortage().signum() == 0
                        ? line.available().toPlainString() + " available cover " + line.required().toPlainString() + "."
                        : line.available().max(BigDecimal.ZERO).toPlainString() + " available of " + line.required().toPlainString()
                        + "; replenishing takes " + line.leadTimeDays() + " working days.";
            }
            String assembly = "assembly takes " + assemblyLeadTimeDays.get() + " working days";
            return limitingComponent.map(limiting -> {
                Reckoning line = lines.stream().filter(l -> l.item().id().equals(limiting.id())).findFirst().orElseThrow();
                return limiting.code() + " (" + limiting.name() + ") limits: " + line.shortage().toPlainString() + " short, there after "
                        + line.leadTimeDays() + " working days; " + assembly + " more.";
            }).orElse((lines.isEmpty() ? "No components to wait for; " : "Every component is available; ") + assembly + ".");
        }
    }

    /** One item's need: per unit of what is promised. */
    private record Need(Item item, BigDecimal perUnit) {
    }

    /** Checks the request field by field (400 naming each), then promises. */
    public Promise promise(String itemId, BigDecimal quantity, Map<String, String> choices, String warehouseId) {
        List<Violation> errors = new ArrayList<>();
        Item item = ItemCatalog.in(em).find(itemId).orElse(null);
        if (item == null) {
            errors.add(new Violation("item_id", "is not an item of yours"));
        } else if (item.archived()) {
            errors.add(new Violation("item_id", "is archived and cannot be ordered"));
        }
        if (warehouseId != null && WarehouseRepository.in(em).find(warehouseId).isEmpty()) {
            errors.add(new Violation("warehouse_id", "is not a warehouse of yours"));
        }
        List<Need> needs = item == null ? List.of() : needs(item, choices, "", errors);
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        return promise(item, quantity, needs, warehouseId, basis());
    }

    @Override
    public Optional<LocalDate> earliestDate(List<DeliveryPromises.Line> lines) {
        Tenant tenant = em.find(Tenant.class, caller.tenantId());
        if (!tenant.enabledModules().contains(Module.PLANNING.apiName())) {
            return Optional.empty();
        }
        Basis basis = basis(); // once for all lines: the calendar and the reservations do not change between them
        List<Violation> errors = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (DeliveryPromises.Line line : lines) {
            Item item = ItemCatalog.in(em).find(line.itemId()).orElse(null);
            List<Need> needs = needs(item, line.configuration(), line.field() + ".", errors);
            if (errors.isEmpty()) {
                dates.add(promise(item, line.quantity(), needs, null, basis).earliestDate());
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        return dates.stream().max(Comparator.naturalOrder());
    }

    /**
     * A configurable item needs the components of its base bill and chosen options (an item named twice summed);
     * any other item needs itself. A choice that does not resolve is named as {@code <prefix>configuration.choices.<group>}.
     */
    private List<Need> needs(Item item, Map<String, String> choices, String prefix, List<Violation> errors) {
        Map<String, String> chosen = choices == null ? Map.of() : choices;
        if (productOptions.groups(item.id()).isEmpty()) {
            if (!chosen.isEmpty()) {
                errors.add(new Violation(prefix + "configuration", "the item has no options to choose"));
            }
            return List.of(new Need(item, BigDecimal.ONE));
        }
        ProductOptionsService.Resolved resolved;
        try {
            resolved = productOptions.resolve(item.id(), chosen);
        } catch (RuleBroken invalid) { // its fields are choices.<group>
            invalid.violations().forEach(e -> errors.add(new Violation(prefix + "configuration." + e.field(), e.message())));
            return List.of();
        }
        Map<String, BigDecimal> perUnit = new LinkedHashMap<>();
        for (ProductConfiguration.ResolvedLine line : resolved.resolution().lines()) {
            BomLine bom = line.line();
            perUnit.merge(bom.component(), bom.requirementPerParentUnit(), BigDecimal::add);
        }
        List<Need> needs = new ArrayList<>();
        perUnit.forEach((component, quantity) -> needs.add(new Need(resolved.components().get(component), quantity)));
        return needs;
    }

    /** What every promise of one request reckons with: today, the working calendar, the stock reserved for order lines. */
    private record Basis(LocalDate today, MrpInputs.WorkingDays working, Map<String, BigDecimal> reservedForLines) {
    }

    private Basis basis() {
        return new Basis(em.find(Tenant.class, caller.tenantId()).today(), inputs.workingCalendar(), reservations.reservedFor("order_line"));
    }

    private Promise promise(Item item, BigDecimal quantity, List<Need> needs, String warehouseId, Basis basis) {
        boolean configured = !(needs.size() == 1 && needs.get(0).item().id().equals(item.id())); // a plain item needs itself
        if (!configured && MadeItemPromises.applies(item)) { // made: its components over every level, then its making
            return madeItems.promise(item, quantity, warehouseId, basis.today(), basis.working(), ids -> committed(ids, basis.reservedForLines()));
        }
        List<String> componentIds = needs.stream().map(n -> n.item().id()).toList();
        Map<String, BigDecimal> committed = committed(componentIds, basis.reservedForLines());
        Map<String, BigDecimal> inStock = stock.availableByItem(componentIds, warehouseId);
        int horizon = needs.stream().mapToInt(n -> n.item().leadTimeDays()).max().orElse(0) + 1;
        MrpInputs.WorkingDays working = basis.working();
        PlanningCalendar days = PlanningCalendar.days(basis.today(), horizon + item.leadTimeDays(), working.days(), working.holidays());
        Map<String, Map<Integer, BigDecimal>> receipts = scheduledReceipts(componentIds, days);
        double[][] supply = new double[needs.size()][];
        double[] perUnit = new double[needs.size()];
        List<Reckoning> lines = new ArrayList<>();
        for (int c = 0; c < needs.size(); c++) {
            Need need = needs.get(c);
            Item component = need.item();
            BigDecimal required = quantity.multiply(need.perUnit());
            BigDecimal available = inStock.getOrDefault(component.id(), BigDecimal.ZERO)
                    .subtract(committed.getOrDefault(component.id(), BigDecimal.ZERO));
            double[] itemSupply = new double[horizon];
            itemSupply[0] = Math.max(0, available.doubleValue());
            receipts.getOrDefault(component.id(), Map.of()).forEach((period, receipt) -> {
                if (period < horizon) {
                    itemSupply[period] += receipt.doubleValue();
                }
            });
            // whatever stock and receipts leave short arrives after the lead time
            perUnit[c] = need.perUnit().doubleValue();
            double covered = 0;
            for (int t = 0; t < component.leadTimeDays(); t++) {
                covered += itemSupply[t];
            }
            itemSupply[component.leadTimeDays()] += Math.max(0, quantity.doubleValue() * perUnit[c] - covered);
            supply[c] = itemSupply;
            int ready = AvailableToPromise.assembleToOrder(new double[][] {itemSupply}, new double[] {perUnit[c]}, 0,
                    quantity.doubleValue()).orElseThrow().period();
            lines.add(new Reckoning(component, plain(required), plain(available), plain(required.subtract(available).max(BigDecimal.ZERO)),
                    component.leadTimeDays(), days.start(ready)));
        }
        if (!configured) {
            return new Promise(item, quantity, lines.get(0).date(), Optional.empty(), Optional.empty(), lines);
        }
        int assembly = item.leadTimeDays();
        if (needs.isEmpty()) {
            return new Promise(item, quantity, days.start(assembly), Optional.empty(), Optional.of(assembly), lines);
        }
        AssemblyPromise promise = AvailableToPromise.assembleToOrder(supply, perUnit, assembly, quantity.doubleValue()).orElseThrow();
        Optional<Item> limiting = promise.period() == assembly ? Optional.empty()
                : Optional.of(needs.get(promise.limitingComponent()).item());
        return new Promise(item, quantity, days.start(promise.period()), limiting, Optional.of(assembly), lines);
    }

    /** Receipts already on their way per item, by working-day period (after the horizon left out: the lead time brings more anyway). */
    private Map<String, Map<Integer, BigDecimal>> scheduledReceipts(List<String> itemIds, PlanningCalendar days) {
        Map<String, Map<Integer, BigDecimal>> receipts = new HashMap<>();
        if (itemIds.isEmpty()) {
            return receipts; // an empty list would ask purchasing for every item's receipts
        }
        for (MrpInputs.Receipt receipt : MrpInputs.scheduledReceipts(workOrders.open(itemIds), purchaseOrders.scheduledReceipts(itemIds))) {
            int period = days.bucketOf(receipt.due());
            if (period >= 0) {
                receipts.computeIfAbsent(receipt.itemId(), id -> new HashMap<>()).merge(period, receipt.quantity(), BigDecimal::add);
            }
        }
        return receipts;
    }

    /**
     * What committed orders still need of each item: lines for the item itself, and lines of configurable items whose
     * chosen configuration includes it (resolved against the options as they are now; a choice that no longer resolves
     * counts for nothing).
     */
    private Map<String, BigDecimal> committed(Collection<String> itemIds, Map<String, BigDecimal> reserved) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        List<DemandSource.OpenLine> lines = demandSource.openLines(itemIds);
        Set<String> wanted = Set.copyOf(itemIds);
        Map<String, BigDecimal> committed = new HashMap<>();
        Map<String, List<ProductConfiguration.OptionGroup>> groups = new HashMap<>();
        Map<String, List<BomLine>> baseLines = new HashMap<>();
        for (DemandSource.OpenLine open : lines) {
            OrderLine line = open.line();
            if (wanted.contains(line.itemId())) {
                committed.merge(line.itemId(), MrpInputs.unreserved(line.toShip(), reserved, line.itemId(),
                        MrpInputs.orderLineReferences(line, open.orderNumber())), BigDecimal::add);
            }
            Map<String, String> choices = OrderLines.configuration(line);
            if (choices == null) {
                continue;
            }
            ProductConfiguration.Resolution resolution = ProductConfiguration.resolve(
                    baseLines.computeIfAbsent(line.itemId(), id -> BomLines.toEngine(bomLines.baseLines(id))),
                    groups.computeIfAbsent(line.itemId(), productOptions::groups), choices);
            for (ProductConfiguration.ResolvedLine resolved : resolution.lines()) {
                if (wanted.contains(resolved.line().component())) {
                    committed.merge(resolved.line().component(), line.toShip().multiply(resolved.line().requirementPerParentUnit()),
                            BigDecimal::add);
                }
            }
        }
        return committed;
    }


}
