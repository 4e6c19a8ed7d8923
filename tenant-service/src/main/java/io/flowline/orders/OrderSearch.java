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
        return SalesOrderRepository.in(em).list(page, wanted, customerId, via);
    }
}
