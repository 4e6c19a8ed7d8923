package io.flowline.api.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An MRP run on your company's data: a job that nets confirmed orders, the master schedule and work orders' "
        + "components against stock, open purchase orders and work orders, and proposes planned orders.")
public record MrpRun(
        @Schema(examples = "mrp_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "mrp_run") String object,
        @Schema(enumeration = {"queued", "running", "completed", "failed"}) String status,
        @Schema(description = "Percent done.", examples = "100") int progress,
        @Schema(enumeration = {"week", "day"}) String bucket,
        @Schema(description = "Buckets planned.", examples = "104") int horizon,
        @Schema(description = "First day of the first bucket.", examples = "2026-03-02") LocalDate startDate,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "From start to finish on the server, loading and saving included.", examples = "412") Long durationMs,
        Counts counts,
        @Schema(description = "The action messages, the first 1,000 of `counts.exceptions`.") List<ExceptionMessage> exceptions,
        @Schema(description = "Why a `failed` run failed.") String failure,
        @Schema(description = "True once a committed order change (changed, confirmed, cancelled) or master schedule change "
                + "made this plan outdated; run again.")
        boolean stale,
        @Schema(description = "The change that made it stale.", examples = "order SO-2026-00042 changed") String staleReason,
        Instant createdAt,
        @Schema(examples = "3") long version) {

    @Schema(name = "MrpRunCounts")
    public record Counts(
            @Schema(description = "Items planned.", examples = "10000") int items,
            @Schema(examples = "31250") int plannedOrders,
            @Schema(examples = "1200") int exceptions) {
    }

    @Schema(name = "MrpRunException", description = "An action message for one item, with the buckets as dates.")
    public record ExceptionMessage(
            @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String itemId,
            @Schema(examples = "PB-OAK-14") String itemCode,
            @Schema(enumeration = {"release_now", "expedite", "de_expedite", "cancel", "past_due"}) String type,
            @Schema(description = "The bucket the action applies to.", examples = "2026-03-02") LocalDate date,
            @Schema(description = "The bucket the receipt is needed in (expedite, de-expedite) or the planned order is due.",
                    examples = "2026-03-16") LocalDate suggestedDate,
            @Schema(examples = "40") BigDecimal quantity,
            @Schema(examples = "Release planned order of 40 now, due in period 2.") String message) {
    }
}
