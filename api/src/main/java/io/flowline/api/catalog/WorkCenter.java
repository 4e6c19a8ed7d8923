package io.flowline.api.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.flowline.api.platform.Money;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A machine group, line or team where operations run, with its capacity and working calendar. Available "
        + "hours on a working day that is not a holiday = `hours_per_day` x `machines` x `efficiency`.")
public record WorkCenter(
        @Schema(examples = "wkc_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "work_center") String object,
        @Schema(description = "Unique in your company.", examples = "PRESS-1") String code,
        @Schema(examples = "Hot press line 1") String name,
        @Schema(description = "Hours one machine or person works on a working day; with shifts, their total.", examples = "16")
        BigDecimal hoursPerDay,
        @Schema(description = "Machines or people working in parallel.", examples = "2") int machines,
        @Schema(description = "Share of clock hours that yield standard hours (0.85 = 85 %).", examples = "0.85") BigDecimal efficiency,
        Money costPerHour,
        @Schema(description = "Days of the week it works.", examples = "[\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]") List<String> workingDays,
        List<WorkShift> shifts,
        @Schema(description = "Dates it does not work.", examples = "[\"2026-12-24\", \"2026-12-25\"]") List<LocalDate> holidays,
        @Schema(enumeration = {"active", "archived"}) String status,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "1") long version) {
}
