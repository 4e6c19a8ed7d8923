package io.flowline.catalog.rest;

import static io.flowline.platform.json.Decimals.plain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.flowline.api.catalog.AvailableHours;
import io.flowline.api.catalog.BillOfMaterials;
import io.flowline.api.catalog.BillOfMaterialsLine;
import io.flowline.api.catalog.BomExplosion;
import io.flowline.api.catalog.ProductOptions;
import io.flowline.api.catalog.ResolvedConfiguration;
import io.flowline.api.catalog.Routing;
import io.flowline.api.catalog.WhereUsed;
import io.flowline.api.catalog.WorkShift;
import io.flowline.api.platform.Money;
import io.flowline.catalog.BillOfMaterialsService;
import io.flowline.catalog.Item;
import io.flowline.catalog.ProductOption;
import io.flowline.catalog.ProductOptionsService;
import io.flowline.catalog.RoutingService;
import io.flowline.catalog.WeekDays;
import io.flowline.catalog.WorkCenter;
import io.flowline.catalog.WorkCenterService;
import io.flowline.catalog.engine.BomLine;
import io.flowline.catalog.engine.ProductConfiguration;

/** Maps catalog objects to the records of the public API. */
final class CatalogRepresentations {
    private CatalogRepresentations() {
    }

    static io.flowline.api.catalog.Item item(Item i) {
        return new io.flowline.api.catalog.Item(i.id(), "item", i.code(), i.name(), i.description(), i.kind().apiName(), i.unit(), i.unitOfMeasure().decimals(),
                i.makeOrBuy().apiName(), i.leadTimeDays(), money(i.standardCostAmount(), i.standardCostCurrency()),
                money(i.salesPriceAmount(), i.salesPriceCurrency()), i.lotSizingRule().apiName(), plain(i.fixedOrderQuantity()),
                i.orderPeriods(), plain(i.safetyStock()), plain(i.reorderPoint()), money(i.orderingCostAmount(), i.orderingCostCurrency()),
                plain(i.holdingCostRate()), plain(i.minimumOrderQuantity()), plain(i.orderMultiple()), i.lotTracked(), i.incomingInspection(), i.backflush(), i.status().apiName(),
                i.createdAt(), i.updatedAt(), i.version());
    }

    static BillOfMaterials billOfMaterials(BillOfMaterialsService.View view) {
        List<BillOfMaterialsLine> lines = view.lines().stream().map(l -> line(l.toEngine(), view.components())).toList();
        return new BillOfMaterials("bill_of_materials", view.item().id(), view.item().code(), lines, view.updatedAt(), view.version());
    }

    private static BillOfMaterialsLine line(BomLine line, Map<String, Item> items) {
        Item component = items.get(line.component());
        return new BillOfMaterialsLine(line.component(), component == null ? null : component.code(), component == null ? null : component.name(),
                component == null ? null : component.unit(), plain(line.quantityPer()), plain(line.scrapFactor()), line.operationSequence());
    }

    static BomExplosion explosion(BillOfMaterialsService.Explosion explosion) {
        Map<String, Item> items = explosion.items();
        List<BomExplosion.BomExplosionLine> lines = explosion.lines().stream().map(l -> {
            Item item = items.get(l.line().component());
            return new BomExplosion.BomExplosionLine(l.level(), item.id(), item.code(), item.name(), item.unit(), item.makeOrBuy().apiName(),
                    plain(l.line().quantityPer()), plain(l.line().scrapFactor()), plain(l.extendedQuantity()), l.line().operationSequence());
        }).toList();
        List<BomExplosion.BomExplosionTotal> totals = explosion.totals().entrySet().stream().map(e -> {
            Item item = items.get(e.getKey());
            return new BomExplosion.BomExplosionTotal(item.id(), item.code(), item.name(), item.unit(), plain(e.getValue()));
        }).toList();
        Item root = explosion.item();
        return new BomExplosion("bom_explosion", root.id(), root.code(), root.name(), plain(explosion.quantity()), lines, totals);
    }

    static WhereUsed whereUsed(BillOfMaterialsService.Uses uses) {
        List<WhereUsed.WhereUsedLine> lines = uses.lines().stream().map(l -> {
            Item parent = uses.items().get(l.line().parent());
            ProductOption option = uses.options().get(l.line().reference());
            String group = option == null || !uses.groups().containsKey(option.groupId()) ? null : uses.groups().get(option.groupId()).code();
            return new WhereUsed.WhereUsedLine(l.level(), parent.id(), parent.code(), parent.name(), l.line().component(),
                    plain(l.line().quantityPer()), plain(l.line().scrapFactor()), group, option == null ? null : option.code(), l.topLevel());
        }).toList();
        return new WhereUsed("where_used", uses.item().id(), uses.item().code(), uses.allLevels() ? "all" : "1", lines);
    }

    static Routing routing(RoutingService.View view) {
        List<Routing.RoutingOperation> operations = view.operations().stream().map(o -> {
            WorkCenter center = view.workCenters().get(o.workCenterId());
            return new Routing.RoutingOperation(o.sequence(), o.workCenterId(), center == null ? null : center.code(), o.description(),
                    plain(o.setupHours()), plain(o.runHoursPerUnit()));
        }).toList();
        return new Routing("routing", view.item().id(), view.item().code(), operations, view.updatedAt(), view.version());
    }

    static ProductOptions options(ProductOptionsService.View view) {
        List<ProductOptions.OptionGroup> groups = view.groups().stream().map(g -> new ProductOptions.OptionGroup(g.code(), g.name(),
                g.required(), g.options().stream().map(o -> new ProductOptions.ProductOption(o.code(), o.name(),
                        o.components().stream().map(l -> line(l, view.components())).toList())).toList())).toList();
        return new ProductOptions("product_options", view.item().id(), view.item().code(), groups, view.updatedAt(), view.version());
    }

    static ResolvedConfiguration resolved(ProductOptionsService.Resolved resolved) {
        ProductConfiguration.Resolution resolution = resolved.resolution();
        List<ResolvedConfiguration.Choice> choices = resolution.choices().stream().map(c -> new ResolvedConfiguration.Choice(
                c.group().code(), c.group().name(), c.option().code(), c.option().name())).toList();
        List<ResolvedConfiguration.Line> lines = resolution.lines().stream().map(l -> {
            Item component = resolved.components().get(l.line().component());
            return new ResolvedConfiguration.Line(component.id(), component.code(), component.name(), component.unit(),
                    plain(l.line().quantityPer()), plain(l.line().scrapFactor()), l.line().operationSequence(), l.group(), l.option());
        }).toList();
        return new ResolvedConfiguration("resolved_configuration", resolved.item().id(), resolved.item().code(), choices, lines);
    }

    static io.flowline.api.catalog.WorkCenter workCenter(WorkCenter w) {
        return new io.flowline.api.catalog.WorkCenter(w.id(), "work_center", w.code(), w.name(), plain(w.hoursPerDay()), w.machines(),
                plain(w.efficiency()), money(w.costPerHourAmount(), w.costPerHourCurrency()),
                w.workingDays().stream().sorted().map(WeekDays::apiName).toList(),
                w.shifts().stream().map(s -> new WorkShift(s.start().toString(), s.end().toString())).toList(),
                w.holidays(), w.status().apiName(), w.createdAt(), w.updatedAt(), w.version());
    }

    static AvailableHours availableHours(WorkCenterService.Availability a) {
        return new AvailableHours("available_hours", a.workCenter().id(), a.from(), a.to(), a.workingDays(), plain(a.hours()),
                a.days().entrySet().stream().map(e -> new AvailableHours.Day(e.getKey(), plain(e.getValue()))).toList());
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount.setScale(Math.max(2, plain(amount).scale())), currency);
    }
}
