package io.flowline.platform.tenancy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.flowline.platform.failure.Violation;
import io.flowline.platform.json.JsonbConfigurator;

/**
 * Checks and stores a tenant's order workflow settings. The platform may not depend on the orders module, so the stage
 * names are repeated here as plain text; OrderWorkflowsTest in the orders module fails if they drift from OrderStatus.
 */
public final class OrderWorkflowRules {
    /** Every status an order can have, in the API's spelling. */
    public static final List<String> STAGES = List.of("draft", "submitted", "confirmed", "in_production", "quality_check", "ready",
            "shipped", "delivered", "closed", "on_hold", "cancelled");
    /** The stages a tenant may skip. */
    public static final Set<String> OPTIONAL = Set.of("in_production", "quality_check", "ready");
    public static final int MAX_NAME = 40;

    private OrderWorkflowRules() {
    }

    public static List<Violation> problems(WorkflowStages settings) {
        List<Violation> errors = new ArrayList<>();
        if (settings.stageNames() != null) {
            settings.stageNames().forEach((stage, name) -> {
                String field = "order_workflow.stage_names." + stage;
                if (!STAGES.contains(stage)) {
                    errors.add(new Violation(field, "is not a stage; stages are " + String.join(", ", STAGES)));
                } else if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
                    errors.add(new Violation(field, "must be 1 to " + MAX_NAME + " characters"));
                }
            });
        }
        if (settings.skippedStages() != null) {
            for (int i = 0; i < settings.skippedStages().size(); i++) {
                String stage = settings.skippedStages().get(i);
                if (stage == null || !OPTIONAL.contains(stage)) {
                    errors.add(new Violation("order_workflow.skipped_stages[" + i + "]",
                            "cannot be skipped; only in_production, quality_check and ready are optional"));
                }
            }
        }
        return errors;
    }

    /** The settings as stored: stage names in stage order, trimmed; skipped stages once each, in stage order; null when standard. */
    public static String json(WorkflowStages settings) {
        WorkflowStages normal = normal(settings);
        return normal.stageNames().isEmpty() && normal.skippedStages().isEmpty() && !normal.partialShipments() ? null
                : JsonbConfigurator.jsonb().toJson(normal);
    }

    /** The stored settings, or the standard ones (no names, nothing skipped, no partial shipments). */
    public static WorkflowStages settings(String json) {
        return json == null ? new WorkflowStages(Map.of(), List.of(), false)
                : normal(JsonbConfigurator.jsonb().fromJson(json, WorkflowStages.class));
    }

    private static WorkflowStages normal(WorkflowStages settings) {
        Map<String, String> names = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (String stage : STAGES) {
            if (settings.stageNames() != null && settings.stageNames().get(stage) != null) {
                names.put(stage, settings.stageNames().get(stage).strip());
            }
            if (settings.skippedStages() != null && settings.skippedStages().contains(stage)) {
                skipped.add(stage);
            }
        }
        return new WorkflowStages(names, skipped, Boolean.TRUE.equals(settings.partialShipments()));
    }
}
