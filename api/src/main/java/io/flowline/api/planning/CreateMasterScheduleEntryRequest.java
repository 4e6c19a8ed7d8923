package io.flowline.api.planning;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateMasterScheduleEntryRequest(
        @Schema(description = "An item of yours that is not a service.", examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @NotBlank @Size(max = 64) String itemId,
        @Schema(examples = "2026-03-16") @NotNull LocalDate dueDate,
        @Schema(examples = "200") @NotNull @Positive @DecimalMax("1000000000") @Digits(integer = 13, fraction = 6) BigDecimal quantity,
        @Schema(examples = "Spring fair stock") @Size(max = 500) String note) {
}
