package io.flowline.api.planning;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Options of an MRP run; every one may be left out.")
public record StartMrpRunRequest(
        @Schema(description = "`week` (default) or `day`; buckets follow your working calendar.", enumeration = {"week", "day"})
        @Pattern(regexp = "week|day", message = "must be week or day") String bucket,
        @Schema(description = "Number of buckets planned: 104 weeks or 260 days by default.", examples = "26")
        @Min(1) @Max(PlanningLimits.MAX_PERIODS) Integer horizon,
        @Schema(description = "First day planned; today in your time zone by default. Earlier demand is past due and falls into the "
                + "first bucket.", examples = "2026-03-02") LocalDate startDate) {
}
