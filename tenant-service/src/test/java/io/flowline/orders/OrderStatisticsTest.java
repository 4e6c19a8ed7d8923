package io.flowline.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.flowline.orders.engine.OrderStatus;

import org.junit.jupiter.api.Test;

class OrderStatisticsTest {
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    private static OrderStatistics.Row row(OrderStatus status, String customer, OrderChannel channel, String created, String currency,
                                           String total, String promised, String delivered) {
        return new OrderStatistics.Row(status, customer, channel, Instant.parse(created), currency, new BigDecimal(total),
                promised == null ? null : LocalDate.parse(promised), delivered == null ? null : Instant.parse(delivered));
    }

    @Test
    void groupsCountsAndValuesPerCurrencyAndMonthInTheTenantsZone() {
        OrderStatistics stats = OrderStatistics.of(List.of(
                row(OrderStatus.DRAFT, "a", OrderChannel.PHONE, "2026-12-31T11:30:00Z", "NZD", "10", null, null), // 1 Jan 2027 in Auckland
                row(OrderStatus.DRAFT, "a", OrderChannel.EMAIL, "2026-12-30T09:00:00Z", "NZD", "5.5", null, null),
                row(OrderStatus.CONFIRMED, "b", OrderChannel.EMAIL, "2026-12-30T09:00:00Z", "USD", "7", "2027-01-10", null)), AUCKLAND);
        assertEquals(3, stats.all().count());
        assertEquals(Map.of("NZD", new BigDecimal("15.5"), "USD", new BigDecimal("7")), stats.all().value());
        assertEquals(2, stats.byStatus().get("draft").count());
        assertEquals(new BigDecimal("15.5"), stats.byCustomer().get("a").value().get("NZD"));
        assertEquals(2, stats.byChannel().get("email").count());
        assertEquals(List.of("2026-12", "2027-01"), List.copyOf(stats.byMonth().keySet()));
        assertEquals(0, stats.delivered());
        assertNull(stats.onTimeShare(), "nothing delivered yet");
    }

    @Test
    void onTimeMeansDeliveredOnOrBeforeThePromisedDayInTheTenantsZone() {
        OrderStatistics stats = OrderStatistics.of(List.of(
                // 10 Jan 11:00 UTC is 11 Jan in Auckland: late
                row(OrderStatus.DELIVERED, "a", OrderChannel.API, "2027-01-01T00:00:00Z", "NZD", "1", "2027-01-10", "2027-01-10T11:00:00Z"),
                row(OrderStatus.CLOSED, "a", OrderChannel.API, "2027-01-01T00:00:00Z", "NZD", "1", "2027-01-10", "2027-01-09T23:00:00Z"),
                row(OrderStatus.CLOSED, "a", OrderChannel.API, "2027-01-01T00:00:00Z", "NZD", "1", "2027-01-10", "2027-01-08T00:00:00Z")), AUCKLAND);
        assertEquals(3, stats.delivered());
        assertEquals(2, stats.deliveredOnTime(), "9 Jan 23:00 UTC is 10 Jan in Auckland: on time; 8 Jan too; the first is late");
        assertEquals(new BigDecimal("0.6667"), stats.onTimeShare());
    }
}
