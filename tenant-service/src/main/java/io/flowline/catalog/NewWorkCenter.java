package io.flowline.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A work centre to create; working days are the names given ({@code mon}), checked by the service as {@code working_days[i]}.
 * The constraints are the API's request's, so an import checks its rows by them; a shift's times are parsed before.
 */
public record NewWorkCenter(
        @NotBlank @Size(max = 64) String code,
        @NotBlank @Size(max = 200) String name,
        @PositiveOrZero @DecimalMax("24") @Digits(integer = 2, fraction = 4) BigDecimal hoursPerDay,
        @Positive @Max(10000) Integer machines,
        @Positive @DecimalMax("2") @Digits(integer = 1, fraction = 4) BigDecimal efficiency,
        @Valid MoneyAmount costPerHour,
        @Size(max = 7) List<@NotNull @Pattern(regexp = "mon|tue|wed|thu|fri|sat|sun", message = "must be one of mon, tue, wed, thu, fri, sat, sun") String> workingDays,
        @Size(max = 10) List<@NotNull ShiftTimes> shifts,
        @Size(max = 1000) List<@NotNull LocalDate> holidays) {
}
