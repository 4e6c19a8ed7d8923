package io.flowline.api.orders;

import java.math.BigDecimal;
import java.util.List;

import io.flowline.api.platform.Money;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Order counts and values, grouped four ways, and how many delivered orders arrived on time.")
public record OrderStats(
        @Schema(examples = "order_stats") String object,
        @Schema(examples = "42") long count,
        @Schema(description = "Total order value, one amount per currency.") List<Money> value,
        List<Group> byStatus,
        List<Group> byCustomer,
        List<Group> byChannel,
        @Schema(description = "By month of creation in your company's time zone, `2026-03`.") List<Group> byMonth,
        @Schema(description = "Delivered (or since closed) orders with a promised date.") long delivered,
        @Schema(description = "Of those, delivered on or before the promised date (in your company's time zone).") long deliveredOnTime,
        @Schema(description = "delivered_on_time / delivered; absent when nothing was delivered yet.", examples = "0.875") BigDecimal onTimeShare) {

    @Schema(name = "OrderStatsGroup")
    public record Group(
            @Schema(examples = "confirmed") String key,
            @Schema(examples = "7") long count,
            List<Money> value) {
    }
}
