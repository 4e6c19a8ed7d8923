package io.flowline.api.tenancy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A customer company of Flowline and its settings.")
public record Tenant(
        @Schema(examples = "ten_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "tenant") String object,
        @Schema(examples = "Acme Parquet GmbH") String name,
        @Schema(examples = "DE") String country,
        @Schema(description = "BCP 47 language tag.", examples = "de-DE") String locale,
        @Schema(description = "ISO 4217 code.", examples = "EUR") String currency,
        @Schema(description = "IANA time zone.", examples = "Europe/Berlin") String timeZone,
        @Schema(description = "Modules switched on.", examples = "[\"orders\",\"planning\"]") List<String> enabledModules,
        @Schema(description = "Pattern for order numbers: {YYYY} year, {YY} short year, {MM} month, {SEQ:n} sequence padded to n digits.",
                examples = "SO-{YYYY}-{SEQ:5}") String orderNumberFormat,
        OrderWorkflowSettings orderWorkflow,
        @Schema(description = "Cycle service level (probability of no stock-out per replenishment cycle) that replenishment computes "
                + "safety stock for, z x sigma of daily demand x sqrt(lead time); null: each item's own `safety_stock`.", examples = "0.95")
        BigDecimal replenishmentServiceLevel,
        @Schema(examples = "starter") String plan,
        Instant createdAt,
        @Schema(description = "Version for optimistic locking; also sent as the ETag.", examples = "1") long version) {
}
