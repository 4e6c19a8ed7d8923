package io.flowline.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Order counts and values grouped by status, customer, channel and month of creation, and the on-time share of
 * delivered orders. Values are summed per currency: a company that changed its currency has orders in both.
 */
public record OrderStatistics(Group all, Map<String, Group> byStatus, Map<String, Group> byCustomer, Map<String, Group> byChannel,
                              Map<String, Group> byMonth, long delivered, long deliveredOnTime) {

    /** One row of a GROUP BY key, currency: the orders' count and total value. */
    public record Sum(String key, String currency, long count, BigDecimal value) {
    }

    /** A count and the value per currency (currency code to amount, sorted). */
    public record Group(long count, Map<String, BigDecimal> value) {
        Group plus(long count, String currency, BigDecimal value) {
            Map<String, BigDecimal> sum = new TreeMap<>(this.value);
            sum.merge(currency, value, BigDecimal::add);
            return new Group(this.count + count, sum);
        }
    }

    private static final Group EMPTY = new Group(0, Map.of());

    /** Every order, counted once through the groups of one grouping, and the groupings, sorted by key. */
    public static OrderStatistics of(List<Sum> byStatus, List<Sum> byCustomer, List<Sum> byChannel, List<Sum> byMonth, long delivered,
                                     long deliveredOnTime) {
        Group all = EMPTY;
        for (Sum sum : byStatus) {
            all = all.plus(sum.count(), sum.currency(), sum.value());
        }
        return new OrderStatistics(all, groups(byStatus), groups(byCustomer), groups(byChannel), groups(byMonth), delivered, deliveredOnTime);
    }

    /** delivered_on_time / delivered to 4 places; null when nothing was delivered. */
    public BigDecimal onTimeShare() {
        return delivered == 0 ? null : BigDecimal.valueOf(deliveredOnTime).divide(BigDecimal.valueOf(delivered), 4, RoundingMode.HALF_EVEN);
    }

    /** The sums of one key in several currencies make one group. */
    private static Map<String, Group> groups(List<Sum> sums) {
        Map<String, Group> groups = new TreeMap<>();
        for (Sum sum : sums) {
            groups.put(sum.key(), groups.getOrDefault(sum.key(), EMPTY).plus(sum.count(), sum.currency(), sum.value()));
        }
        return groups;
    }
}
