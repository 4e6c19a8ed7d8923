package io.flowline.orders;

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
        SalesOrderRepository orders = SalesOrderRepository.in(em);
        return OrderStatistics.of(orders.sumsByStatus(), orders.sumsByCustomer(), orders.sumsByChannel(), orders.sumsByMonth(),
                orders.countDelivered(), orders.countDeliveredOnTime());
    }
}
