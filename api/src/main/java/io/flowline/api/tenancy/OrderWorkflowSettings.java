package io.flowline.api.tenancy;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Your order workflow: your own names for the stages, and the optional stages you do without "
        + "(in_production, quality_check, ready). Orders skip a left-out stage: with no quality_check, mark-ready follows start-production.")
public record OrderWorkflowSettings(
        @Schema(description = "Display name per stage (1 to 40 characters); stages not named keep the standard name.",
                examples = "{\"in_production\": \"In the workshop\"}") @Size(max = 11) Map<String, String> stageNames,
        @Schema(description = "Optional stages your orders skip.", examples = "[\"quality_check\"]") @Size(max = 3) List<String> skippedStages,
        @Schema(description = "Whether an order may ship in parts: `ship` then issues what each line has reserved, the order keeps its "
                + "status with the lines' `shipped_quantity`, and a later `ship` sends the rest. Off (false, the default): an order "
                + "ships only complete, and `ship` with a line short of stock is a 409 naming the short lines.", examples = "true")
        Boolean partialShipments) {
}
