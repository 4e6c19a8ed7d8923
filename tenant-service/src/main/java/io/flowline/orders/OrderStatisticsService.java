package io.flowline.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import io.flowline.orders.engine.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The order statistics, counted and summed by the database: one GROUP BY per grouping, by key and currency. Months and
 * punctuality use the dates each order keeps in the company's calendar ({@code ordered_on}, {@code delivered_on}).
 */
@ApplicationScoped
public class OrderStatisticsService {
    @Inject
    EntityManager em;

    public OrderStatistics statistics() {
        List<OrderStatistics.Sum> byMonth = em.createQuery("SELECT EXTRACT(YEAR FROM o.orderedOn), EXTRACT(MONTH FROM o.orderedOn), o.currency, "
                        + "COUNT(o), SUM(o.totalAmount) FROM SalesOrder o WHERE o.orderedOn IS NOT NULL GROUP BY EXTRACT(YEAR FROM o.orderedOn), EXTRACT(MONTH FROM o.orderedOn), "
                        + "o.currency", Object[].class).getResultStream()
                .map(r -> new OrderStatistics.Sum(String.format("%04d-%02d", ((Number) r[0]).intValue(), ((Number) r[1]).intValue()),
                        (String) r[2], ((Number) r[3]).longValue(), (BigDecimal) r[4]))
                .toList();
        String delivered = "SELECT COUNT(o) FROM SalesOrder o WHERE o.deliveredOn IS NOT NULL AND o.promisedDate IS NOT NULL";
        return OrderStatistics.of(sums("o.status", s -> ((OrderStatus) s).apiName()), sums("o.customerId", String.class::cast),
                sums("o.channel", c -> ((OrderChannel) c).apiName()), byMonth, em.createQuery(delivered, Long.class).getSingleResult(),
                em.createQuery(delivered + " AND o.deliveredOn <= o.promisedDate", Long.class).getSingleResult());
    }

    private List<OrderStatistics.Sum> sums(String key, Function<Object, String> name) {
        return em.createQuery("SELECT " + key + ", o.currency, COUNT(o), SUM(o.totalAmount) FROM SalesOrder o GROUP BY " + key + ", o.currency",
                Object[].class).getResultStream()
                .map(r -> new OrderStatistics.Sum(name.apply(r[0]), (String) r[1], ((Number) r[2]).longValue(), (BigDecimal) r[3]))
                .toList();
    }
}
