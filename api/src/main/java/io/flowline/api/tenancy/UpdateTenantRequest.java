package io.flowline.api.tenancy;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Fields to change; omitted fields stay as they are.")
public record UpdateTenantRequest(
        @Size(min = 1, max = 200) String name,
        @Schema(description = "BCP 47 language tag.", examples = "en-GB") @Size(max = 64) String locale,
        @Schema(description = "ISO 4217 code.", examples = "GBP") @Size(max = 64) String currency,
        @Schema(description = "IANA time zone.", examples = "Europe/London") @Size(max = 64) String timeZone,
        @Schema(description = "Any of orders, planning, inventory, production, quality, delivery, insights.")
        @Size(max = 100) List<String> enabledModules,
        @Schema(examples = "SO-{YYYY}-{SEQ:5}") @Size(max = 64) String orderNumberFormat,
        @Schema(description = "Replaces the whole order workflow setting when sent.") @Valid OrderWorkflowSettings orderWorkflow,
        @Schema(description = "Cycle service level from 0.5 to 0.9999 for replenishment's safety stock; 0 switches it off.", examples = "0.95")
        @Digits(integer = 1, fraction = 4) BigDecimal replenishmentServiceLevel) {
}
