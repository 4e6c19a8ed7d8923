package io.flowline.api.planning;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The time-phased MRP record of one item (periods numbered from 0, the current period).")
public record MrpRecordResult(
        @Schema(description = "Stock at the end of each period after all receipts.", examples = "[20, 35, 10, 10]")
        List<BigDecimal> projectedAvailable,
        @Schema(description = "max(0, gross requirement + safety stock - (projected available before + scheduled receipt)).",
                examples = "[0, 0, 5, 10]")
        List<BigDecimal> netRequirements,
        @Schema(description = "Planned orders by the period they are due.", examples = "[0, 0, 5, 10]")
        List<BigDecimal> plannedReceipts,
        @Schema(description = "Planned orders by the period they are released (due period minus lead time, at least 0).",
                examples = "[5, 10, 0, 0]")
        List<BigDecimal> plannedReleases,
        List<MrpExceptionMessage> exceptions) {
}
