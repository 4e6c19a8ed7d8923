package io.flowline.api.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.flowline.api.platform.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Fields to change; omitted fields stay as they are. A list given replaces the whole list.")
public record UpdateWorkCenterRequest(
        @Schema(examples = "PRESS-1") @Size(min = 1, max = 64) String code,
        @Schema(examples = "Hot press line 1") @Size(min = 1, max = 200) String name,
        @Schema(examples = "16") @PositiveOrZero @DecimalMax("24") @Digits(integer = 2, fraction = 4) BigDecimal hoursPerDay,
        @Schema(examples = "2") @Positive @Max(10000) Integer machines,
        @Schema(examples = "0.85") @Positive @DecimalMax("2") @Digits(integer = 1, fraction = 4) BigDecimal efficiency,
        @Valid Money costPerHour,
        @Schema(examples = "[\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]")
        @Size(max = 7) List<@NotNull @Pattern(regexp = "mon|tue|wed|thu|fri|sat|sun", message = "must be one of mon, tue, wed, thu, fri, sat, sun") String> workingDays,
        @Size(max = 10) List<@NotNull @Valid WorkShift> shifts,
        @Schema(examples = "[\"2026-12-24\", \"2026-12-25\"]") @Size(max = 1000) List<@NotNull LocalDate> holidays) {
}
