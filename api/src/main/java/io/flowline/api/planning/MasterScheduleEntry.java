package io.flowline.api.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A quantity of an item you plan to need by a date beyond confirmed orders (a forecast, stock to build). MRP "
        + "plans for what the item's orders due in the same week (shipped ones too) do not already cover.")
public record MasterScheduleEntry(
        @Schema(examples = "mse_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "master_schedule_entry") String object,
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String itemId,
        @Schema(examples = "PB-OAK-14") String itemCode,
        @Schema(description = "When the quantity is needed.", examples = "2026-03-16") LocalDate dueDate,
        @Schema(examples = "200") BigDecimal quantity,
        @Schema(examples = "Spring fair stock") String note,
        @Schema(description = "`forecast` for an entry written by `POST /api/v1/planning/master-schedule/forecast`, which the next "
                + "forecast of the item replaces; `manual` otherwise.", enumeration = {"manual", "forecast"}) String source,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "1") long version) {
}
