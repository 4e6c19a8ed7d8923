package io.flowline.orders;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.flowline.orders.engine.OrderStatus;
import io.flowline.orders.engine.OrderWorkflow;
import io.flowline.platform.tenancy.OrderWorkflowRules;
import io.flowline.platform.tenancy.Tenant;
import io.flowline.platform.tenancy.WorkflowStages;

/** A tenant's order workflow, from the settings the tenant keeps (checked by {@link OrderWorkflowRules} when saved). */
public final class OrderWorkflows {
    private OrderWorkflows() {
    }

    public static OrderWorkflow of(Tenant tenant) {
        return tenant == null ? OrderWorkflow.STANDARD : of(OrderWorkflowRules.settings(tenant.orderWorkflowJson()));
    }

    /** Whether the tenant lets orders ship in parts (order_workflow.partial_shipments; off by default). */
    public static boolean partialShipments(Tenant tenant) {
        return tenant != null && Boolean.TRUE.equals(OrderWorkflowRules.settings(tenant.orderWorkflowJson()).partialShipments());
    }

    static OrderWorkflow of(WorkflowStages settings) {
        Map<OrderStatus, String> names = new EnumMap<>(OrderStatus.class);
        settings.stageNames().forEach((stage, name) -> OrderStatus.parse(stage).ifPresent(s -> names.put(s, name)));
        Set<OrderStatus> skipped = EnumSet.noneOf(OrderStatus.class);
        settings.skippedStages().forEach(stage -> OrderStatus.parse(stage).ifPresent(skipped::add));
        return new OrderWorkflow(names, skipped);
    }
}
