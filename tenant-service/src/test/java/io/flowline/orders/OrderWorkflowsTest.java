package io.flowline.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.flowline.platform.tenancy.WorkflowStages;
import io.flowline.orders.engine.OrderAction;
import io.flowline.orders.engine.OrderLifecycle;
import io.flowline.orders.engine.OrderStatus;
import io.flowline.orders.engine.OrderWorkflow;
import io.flowline.platform.tenancy.OrderWorkflowRules;

import org.junit.jupiter.api.Test;

class OrderWorkflowsTest {
    /** The platform checks tenant settings without depending on orders, so it repeats the stage names: they must agree. */
    @Test
    void thePlatformsStageNamesAreTheOrderStatuses() {
        assertEquals(Arrays.stream(OrderStatus.values()).map(OrderStatus::apiName).toList(), OrderWorkflowRules.STAGES);
        assertEquals(Arrays.stream(OrderStatus.values()).filter(OrderStatus::optional).map(OrderStatus::apiName).collect(Collectors.toSet()),
                OrderWorkflowRules.OPTIONAL);
        assertEquals(OrderWorkflow.MAX_DISPLAY_NAME, OrderWorkflowRules.MAX_NAME);
    }

    @Test
    void storedSettingsBecomeTheWorkflowTheEngineRuns() {
        String json = OrderWorkflowRules.json(new WorkflowStages(Map.of("in_production", " In the workshop "),
                List.of("quality_check", "quality_check"), null));
        OrderWorkflow workflow = OrderWorkflows.of(OrderWorkflowRules.settings(json));
        assertEquals("In the workshop", workflow.displayName(OrderStatus.IN_PRODUCTION));
        assertEquals(Set.of(OrderStatus.QUALITY_CHECK), workflow.skipped());
        assertEquals(List.of(OrderAction.MARK_READY, OrderAction.HOLD, OrderAction.CANCEL),
                OrderLifecycle.allowedActions(OrderStatus.IN_PRODUCTION, workflow));
        assertNull(OrderWorkflowRules.json(new WorkflowStages(Map.of(), List.of(), false)), "standard settings are stored as none");
        assertEquals(Boolean.TRUE, OrderWorkflowRules.settings(OrderWorkflowRules.json(new WorkflowStages(Map.of(), List.of(), true)))
                .partialShipments(), "partial shipments alone are a setting worth storing");
        assertEquals(Boolean.FALSE, OrderWorkflowRules.settings(null).partialShipments(), "off by default");
        assertEquals(OrderWorkflow.STANDARD, OrderWorkflows.of(OrderWorkflowRules.settings(null)));
    }

    @Test
    void onlyKnownStagesAreNamedAndOnlyOptionalOnesSkipped() {
        var errors = OrderWorkflowRules.problems(new WorkflowStages(Map.of("packing", "Packing", "ready", " "),
                List.of("ready", "confirmed"), null));
        assertEquals(List.of("order_workflow.skipped_stages[1]", "order_workflow.stage_names.packing", "order_workflow.stage_names.ready"),
                errors.stream().map(e -> e.field()).sorted().toList());
    }
}
