package io.flowline.api.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Hours a work centre offers from `from` to `to` (both included), per its calendar and capacity.")
public record AvailableHours(
        @Schema(examples = "available_hours") String object,
        String workCenterId,
        @Schema(examples = "2026-03-30") LocalDate from,
        @Schema(examples = "2026-04-05") LocalDate to,
        @Schema(description = "Working days in the range, holidays excluded.", examples = "4") int workingDays,
        @Schema(examples = "163.2") BigDecimal hours,
        List<Day> days) {

    @Schema(name = "AvailableHoursDay")
    public record Day(@Schema(examples = "2026-03-30") LocalDate date, @Schema(examples = "40.8") BigDecimal hours) {
    }
}
