package io.flowline.platform.tenancy;

import java.util.List;
import java.util.Map;

/**
 * A tenant's order workflow as it sets and stores it: its own display names per stage and the optional stages it skips,
 * both in the API's spelling of the stages ({@link OrderWorkflowRules} checks them), and whether orders may ship in parts.
 */
public record WorkflowStages(Map<String, String> stageNames, List<String> skippedStages, Boolean partialShipments) {
}
