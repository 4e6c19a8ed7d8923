package io.flowline.api.tenancy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Your company's use of its plan's quotas, and the rate limits its plan sets.")
public record TenantUsage(
        @Schema(examples = "tenant_usage") String object,
        @Schema(examples = "starter") String plan,
        @Schema(description = "First day of the current month in the company's time zone; monthly quotas count from it.", examples = "2026-12-01")
        LocalDate periodStart,
        @Schema(description = "Items, archived ones included.") QuotaUse items,
        @Schema(description = "Orders taken this month.") QuotaUse ordersThisMonth,
        @Schema(description = "Rows imported this month by imports that succeeded.") QuotaUse importRowsThisMonth,
        RateLimits rateLimits) {

    @Schema(description = "How much of a quota is used; a write that would go over it is refused with 403 `quota-reached`.")
    public record QuotaUse(@Schema(examples = "1250") long used, @Schema(examples = "50000") long quota) {
    }

    @Schema(description = "Token buckets: each request takes one, a bucket refills at `per_second` up to `burst`. Over either: 429.")
    public record RateLimits(@Schema(description = "Per access token's caller (user or API client).") Rate token,
                             @Schema(description = "All callers of the company together.") Rate tenant) {
    }

    public record Rate(@Schema(examples = "100") BigDecimal perSecond, @Schema(examples = "200") long burst) {
    }
}
