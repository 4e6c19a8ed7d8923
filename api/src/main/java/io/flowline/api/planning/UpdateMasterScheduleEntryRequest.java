package io.flowline.api.planning;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Fields to change; omitted fields stay as they are. An empty note removes it.")
public record UpdateMasterScheduleEntryRequest(
        @Schema(examples = "2026-03-23") LocalDate dueDate,
        @Schema(examples = "250") @Positive @DecimalMax("1000000000") @Digits(integer = 13, fraction = 6) BigDecimal quantity,
        @Schema(examples = "Spring fair stock, raised") @Size(max = 500) String note) {
}
