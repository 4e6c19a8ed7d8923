package io.flowline.orders;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.flowline.catalog.Item;
import io.flowline.catalog.ItemCatalog;
import io.flowline.orders.engine.OrderWorkflow;
import io.flowline.platform.tenancy.Tenant;
import io.flowline.platform.tenancy.EntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Finds an order by its tracking token for a caller without a login, so without a tenant: the token's hash leads to the
 * tenant and order ({@link TrackingToken}), then the order is read with an entity manager bound to its own tenant.
 */
@ApplicationScoped
public class OrderTracking {
    @Inject
    EntityManagers entityManagers;

    /** The order, its lines, their items and its status changes; empty for an unknown token. */
    public record Tracked(SalesOrder order, List<OrderLine> lines, Map<String, Item> items, List<OrderHistoryEntry> statusChanges,
                          OrderWorkflow workflow) {
    }

    public Optional<Tracked> find(String token) {
        if (token == null || !token.matches("trk_[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        TrackingToken where;
        EntityManager global = entityManagers.global();
        try {
            where = SalesOrderRepository.in(global).trackingToken(token).orElse(null);
        } finally {
            global.close();
        }
        if (where == null) {
            return Optional.empty();
        }
        String tenantId = where.tenantId();
        String orderId = where.orderId();
        EntityManager em = entityManagers.forTenant(tenantId);
        try {
            SalesOrderRepository orders = SalesOrderRepository.in(em);
            SalesOrder order = orders.find(orderId).orElse(null);
            if (order == null || !token.equals(order.trackingToken())) {
                return Optional.empty();
            }
            List<OrderLine> lines = orders.lines(List.of(orderId)).getOrDefault(orderId, List.of());
            Map<String, Item> items = ItemCatalog.in(em).byId(lines.stream().map(OrderLine::itemId).toList());
            List<OrderHistoryEntry> changes = orders.statusChanges(orderId);
            return Optional.of(new Tracked(order, lines, items, changes, OrderWorkflows.of(em.find(Tenant.class, tenantId))));
        } finally {
            em.close();
        }
    }
}
