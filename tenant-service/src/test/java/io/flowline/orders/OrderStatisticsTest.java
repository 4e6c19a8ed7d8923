package io.flowline.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The statistics put together from the database's sums by key and currency. */
class OrderStatisticsTest {
    private static OrderStatistics.Sum sum(String key, String currency, long count, String value) {
        return new OrderStatistics.Sum(key, currency, count, new BigDecimal(value));
    }

    @Test
    void countsAddUpOverCurrenciesAndValuesStayApart() {
        OrderStatistics stats = OrderStatistics.of(
                List.of(sum("draft", "NZD", 2, "15.5"), sum("confirmed", "USD", 1, "7")),
                List.of(sum("b", "USD", 1, "7"), sum("a", "NZD", 2, "15.5")),
                List.of(sum("phone", "NZD", 1, "10"), sum("email", "NZD", 1, "5.5"), sum("email", "USD", 1, "7")),
                List.of(sum("2027-01", "NZD", 1, "10"), sum("2026-12", "NZD", 1, "5.5"), sum("2026-12", "USD", 1, "7")), 0, 0);
        assertEquals(3, stats.all().count());
        assertEquals(Map.of("NZD", new BigDecimal("15.5"), "USD", new BigDecimal("7")), stats.all().value());
        assertEquals(2, stats.byStatus().get("draft").count());
        assertEquals(new BigDecimal("15.5"), stats.byCustomer().get("a").value().get("NZD"));
        assertEquals(2, stats.byChannel().get("email").count());
        assertEquals(Map.of("NZD", new BigDecimal("5.5"), "USD", new BigDecimal("7")), stats.byChannel().get("email").value());
        assertEquals(List.of("2026-12", "2027-01"), List.copyOf(stats.byMonth().keySet()), "keys in order");
        assertEquals(List.of("a", "b"), List.copyOf(stats.byCustomer().keySet()));
        assertNull(stats.onTimeShare(), "nothing delivered yet");
    }

    @Test
    void theOnTimeShareHasFourPlaces() {
        OrderStatistics stats = OrderStatistics.of(List.of(sum("delivered", "EUR", 3, "3")), List.of(), List.of(), List.of(), 3, 2);
        assertEquals(new BigDecimal("0.6667"), stats.onTimeShare());
    }
}
