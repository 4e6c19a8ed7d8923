package io.flowline.orders;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.flowline.orders.engine.OrderStatus;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** Sales orders found by status, customer and channel, a page at a time in id order. */
@ApplicationScoped
public class OrderSearch {
    @Inject
    EntityManager em;

    public List<SalesOrder> find(PageRequest page, String status, String customerId, String channel) {
        OrderStatus wanted = status == null ? null : OrderStatus.parse(status)
                .orElseThrow(() -> new RuleBroken("status", "must be one of " + Arrays.stream(OrderStatus.values())
                        .map(OrderStatus::apiName).collect(Collectors.joining(", "))));
        OrderChannel via = channel == null ? null : OrderChannel.parse(channel)
                .orElseThrow(() -> new RuleBroken("channel", "must be one of " + OrderChannel.names()));
        String jpql = "SELECT o FROM SalesOrder o WHERE 1 = 1"
                + (page.after() != null ? " AND o.id > :after" : "")
                + (wanted != null ? " AND o.status = :status" : "")
                + (customerId != null ? " AND o.customerId = :customer" : "")
                + (via != null ? " AND o.channel = :channel" : "")
                + " ORDER BY o.id";
        TypedQuery<SalesOrder> query = em.createQuery(jpql, SalesOrder.class).setMaxResults(page.fetchSize());
        if (page.after() != null) {
            query.setParameter("after", page.after());
        }
        if (wanted != null) {
            query.setParameter("status", wanted);
        }
        if (customerId != null) {
            query.setParameter("customer", customerId);
        }
        if (via != null) {
            query.setParameter("channel", via);
        }
        return query.getResultList();
    }
}
