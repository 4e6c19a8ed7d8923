package io.flowline.api.production;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What was made and spent since the last report; omitted fields are 0, at least one must be more.")
public record ReportOperationRequest(
        @Schema(description = "Good units; on the last operation they are received into stock. All reports of an operation together are at most "
                + "the work order's quantity.", examples = "40") @PositiveOrZero @DecimalMax("1000000000") @Digits(integer = 13, fraction = 6) BigDecimal goodQuantity,
        @Schema(examples = "1") @PositiveOrZero @DecimalMax("1000000000") @Digits(integer = 13, fraction = 6) BigDecimal scrapQuantity,
        @Schema(examples = "65") @PositiveOrZero @DecimalMax("1000000000") @Digits(integer = 13, fraction = 6) BigDecimal labourMinutes,
        @Schema(examples = "60") @PositiveOrZero @DecimalMax("1000000000") @Digits(integer = 13, fraction = 6) BigDecimal machineMinutes,
        @Schema(description = "Why units were scrapped; only with scrap_quantity.", examples = "Split along the grain") @Size(max = 200) String scrapReason) {
}
