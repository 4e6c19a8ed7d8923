package io.flowline.api.production;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Fields to change while the work order is planned; omitted fields stay as they are.")
public record UpdateWorkOrderRequest(
        @Schema(examples = "150") @Positive @DecimalMax("1000000000") @Digits(integer = 13, fraction = 6) BigDecimal quantity,
        @Schema(examples = "2026-03-09") LocalDate startDate,
        @Schema(examples = "2026-03-13") LocalDate dueDate) {
}
