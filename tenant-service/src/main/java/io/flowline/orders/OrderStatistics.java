package io.flowline.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import io.flowline.orders.engine.OrderStatus;

/**
 * Order counts and values grouped by status, customer, channel and month of creation, and the on-time share of
 * delivered orders. Values are summed per currency: a company that changed its currency has orders in both.
 */
public record OrderStatistics(Group all, Map<String, Group> byStatus, Map<String, Group> byCustomer, Map<String, Group> byChannel,
                              Map<String, Group> byMonth, long delivered, long deliveredOnTime) {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    /** What one order contributes. */
    public record Row(OrderStatus status, String customerId, OrderChannel channel, Instant createdAt, String currency, BigDecimal total,
                      LocalDate promisedDate, Instant deliveredAt) {
    }

    /** A count and the value per currency (currency code to amount, sorted). */
    public record Group(long count, Map<String, BigDecimal> value) {
        Group add(Row row) {
            Map<String, BigDecimal> sum = new TreeMap<>(value);
            sum.merge(row.currency(), row.total(), BigDecimal::add);
            return new Group(count + 1, sum);
        }
    }

    private static final Group EMPTY = new Group(0, Map.of());

    public static OrderStatistics of(List<Row> rows, ZoneId zone) {
        Group all = EMPTY;
        for (Row row : rows) {
            all = all.add(row);
        }
        long delivered = 0;
        long onTime = 0;
        for (Row row : rows) {
            if (row.deliveredAt() != null && row.promisedDate() != null) {
                delivered++;
                if (!LocalDate.ofInstant(row.deliveredAt(), zone).isAfter(row.promisedDate())) {
                    onTime++;
                }
            }
        }
        return new OrderStatistics(all, group(rows, r -> r.status().apiName()), group(rows, Row::customerId),
                group(rows, r -> r.channel().apiName()), group(rows, r -> MONTH.format(r.createdAt().atZone(zone))), delivered, onTime);
    }

    /** delivered_on_time / delivered to 4 places; null when nothing was delivered. */
    public BigDecimal onTimeShare() {
        return delivered == 0 ? null : BigDecimal.valueOf(deliveredOnTime).divide(BigDecimal.valueOf(delivered), 4, RoundingMode.HALF_EVEN);
    }

    private static Map<String, Group> group(List<Row> rows, Function<Row, String> key) {
        Map<String, Group> groups = new TreeMap<>();
        for (Row row : rows) {
            groups.merge(key.apply(row), EMPTY.add(row), (a, b) -> {
                Group merged = a;
                for (Map.Entry<String, BigDecimal> v : b.value().entrySet()) {
                    Map<String, BigDecimal> sum = new TreeMap<>(merged.value());
                    sum.merge(v.getKey(), v.getValue(), BigDecimal::add);
                    merged = new Group(merged.count(), sum);
                }
                return new Group(merged.count() + b.count(), merged.value());
            });
        }
        return groups;
    }

}
