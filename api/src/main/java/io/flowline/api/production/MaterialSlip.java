package io.flowline.api.production;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The material requisition slip of a work order: per component what is required (with scrap), issued and still to issue, "
        + "what its reservation holds, where to pick it (first-expired-first-out, then first-in-first-out) and what no stock covers. "
        + "Before release it shows the list a release would make.")
public record MaterialSlip(
        @Schema(examples = "material_slip") String object,
        @Schema(examples = "wor_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String workOrderId,
        @Schema(examples = "WO-2026-00042") String workOrderNumber,
        @Schema(enumeration = {"planned", "released", "cancelled"}) String status,
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String itemId,
        @Schema(examples = "BAG-SET") String itemCode,
        @Schema(examples = "120") BigDecimal quantity,
        @Schema(description = "The chosen option per option group of a configurable item; absent for any other.")
        Map<String, String> configuration,
        @Schema(description = "The company's language the PDF is written in.", enumeration = {"en", "nb", "sv", "zh-CN"}) String language,
        @Schema(description = "Whether some component is short: available stock does not cover what is still to issue.") boolean hasShortage,
        List<MaterialSlipLine> lines) {
}
