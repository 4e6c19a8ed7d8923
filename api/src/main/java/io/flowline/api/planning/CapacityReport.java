package io.flowline.api.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Load versus available hours per work centre and bucket (infinite loading).")
public record CapacityReport(
        @Schema(examples = "capacity") String object,
        @Schema(examples = "2026-03-02") LocalDate from,
        @Schema(examples = "2026-03-29") LocalDate to,
        @Schema(enumeration = {"week", "day"}) String bucket,
        @Schema(description = "The run whose planned make orders are loaded; absent before the first completed run.",
                examples = "mrp_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String runId,
        @Schema(description = "First day of each bucket; the arrays below are in this order.", examples = "[\"2026-03-02\", \"2026-03-09\"]")
        List<LocalDate> buckets,
        List<WorkCenterLoad> workCenters,
        @Schema(description = "Every work centre and bucket whose load exceeds what is available.") List<Overload> overloads) {

    @Schema(name = "WorkCenterLoad")
    public record WorkCenterLoad(
            @Schema(examples = "wkc_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String workCenterId,
            @Schema(examples = "SAW-1") String code,
            @Schema(description = "Hours of setup and run time per bucket.", examples = "[36.5, 44]") List<BigDecimal> loadHours,
            @Schema(description = "Hours per day x machines x efficiency on the centre's working days per bucket.", examples = "[40, 32]")
            List<BigDecimal> availableHours) {
    }

    @Schema(name = "CapacityOverload")
    public record Overload(
            @Schema(examples = "wkc_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String workCenterId,
            @Schema(examples = "SAW-1") String code,
            @Schema(examples = "2026-03-09") LocalDate bucketStart,
            @Schema(examples = "44") BigDecimal loadHours,
            @Schema(examples = "32") BigDecimal availableHours,
            @Schema(examples = "12") BigDecimal excessHours) {
    }
}
