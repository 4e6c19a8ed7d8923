package io.flowline.catalog.rest;

import java.time.LocalTime;
import java.util.List;

import io.flowline.api.catalog.BillOfMaterialsLineRequest;
import io.flowline.api.catalog.CreateItemRequest;
import io.flowline.api.catalog.CreateWorkCenterRequest;
import io.flowline.api.catalog.ReplaceProductOptionsRequest;
import io.flowline.api.catalog.RoutingOperationRequest;
import io.flowline.api.catalog.UpdateItemRequest;
import io.flowline.api.catalog.UpdateWorkCenterRequest;
import io.flowline.api.catalog.WorkShift;
import io.flowline.api.platform.Money;
import io.flowline.catalog.ComponentLine;
import io.flowline.catalog.ItemChanges;
import io.flowline.catalog.MoneyAmount;
import io.flowline.catalog.NewItem;
import io.flowline.catalog.NewOptionGroup;
import io.flowline.catalog.NewWorkCenter;
import io.flowline.catalog.RoutingStep;
import io.flowline.catalog.ShiftTimes;
import io.flowline.catalog.WorkCenterChanges;

/**
 * Translates the catalog's API requests into the commands its services take, field for field. A request's times have passed
 * Bean Validation's pattern before they are parsed here.
 */
final class CatalogCommands {
    private CatalogCommands() {
    }

    static NewItem newItem(CreateItemRequest r) {
        return new NewItem(r.code(), r.name(), r.description(), r.kind(), r.unit(), r.makeOrBuy(), r.leadTimeDays(), money(r.standardCost()),
                money(r.salesPrice()), r.lotSizingRule(), r.fixedOrderQuantity(), r.orderPeriods(), r.safetyStock(), r.reorderPoint(),
                money(r.orderingCost()), r.holdingCostRate(), r.minimumOrderQuantity(), r.orderMultiple(), r.lotTracked(), r.incomingInspection(), r.backflush());
    }

    static ItemChanges itemChanges(UpdateItemRequest r) {
        return new ItemChanges(r.code(), r.name(), r.description(), r.kind(), r.unit(), r.makeOrBuy(), r.leadTimeDays(), money(r.standardCost()),
                money(r.salesPrice()), r.lotSizingRule(), r.fixedOrderQuantity(), r.orderPeriods(), r.safetyStock(), r.reorderPoint(),
                money(r.orderingCost()), r.holdingCostRate(), r.minimumOrderQuantity(), r.orderMultiple(), r.lotTracked(), r.incomingInspection(), r.backflush());
    }

    static NewWorkCenter newWorkCenter(CreateWorkCenterRequest r) {
        return new NewWorkCenter(r.code(), r.name(), r.hoursPerDay(), r.machines(), r.efficiency(), money(r.costPerHour()), r.workingDays(),
                shifts(r.shifts()), r.holidays());
    }

    static WorkCenterChanges workCenterChanges(UpdateWorkCenterRequest r) {
        return new WorkCenterChanges(r.code(), r.name(), r.hoursPerDay(), r.machines(), r.efficiency(), money(r.costPerHour()),
                r.workingDays(), shifts(r.shifts()), r.holidays());
    }

    static List<ComponentLine> lines(List<BillOfMaterialsLineRequest> lines) {
        return lines.stream().map(CatalogCommands::line).toList();
    }

    static ComponentLine line(BillOfMaterialsLineRequest l) {
        return new ComponentLine(l.componentId(), l.quantityPer(), l.scrapFactor(), l.operationSequence());
    }

    static List<RoutingStep> steps(List<RoutingOperationRequest> operations) {
        return operations.stream().map(o -> new RoutingStep(o.sequence(), o.workCenterId(), o.description(), o.setupHours(),
                o.runHoursPerUnit())).toList();
    }

    static List<NewOptionGroup> optionGroups(ReplaceProductOptionsRequest request) {
        return request.groups().stream().map(g -> new NewOptionGroup(g.code(), g.name(), g.required(), g.options().stream()
                .map(o -> new NewOptionGroup.Option(o.code(), o.name(), lines(o.components()))).toList())).toList();
    }

    private static MoneyAmount money(Money money) {
        return money == null ? null : new MoneyAmount(money.amount(), money.currency());
    }

    private static List<ShiftTimes> shifts(List<WorkShift> shifts) {
        return shifts == null ? null : shifts.stream().map(s -> new ShiftTimes(LocalTime.parse(s.start()), LocalTime.parse(s.end()))).toList();
    }
}
