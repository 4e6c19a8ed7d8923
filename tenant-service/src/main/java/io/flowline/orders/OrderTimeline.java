package io.flowline.orders;

import java.time.Instant;
import java.util.List;

import io.flowline.orders.engine.OrderAction;
import io.flowline.orders.engine.OrderStatus;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.json.JsonbConfigurator;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * An order's timeline: one entry per creation, change or action, with who did it, what changed and their comment,
 * written in the transaction of the change it describes.
 */
@ApplicationScoped
public class OrderTimeline {
    public static final String PREFIX = "ohe";

    @Inject
    EntityManager em;

    @Inject
    TenantContext caller;

    /** The order's entries, oldest first. */
    public List<OrderHistoryEntry> entries(String orderId) {
        return SalesOrderRepository.in(em).timeline(orderId);
    }

    void record(SalesOrder order, String kind, OrderAction action, OrderStatus from, OrderStatus to, Changes changes,
                String comment, Instant at) {
        String json = changes == null || changes.isEmpty() ? null : JsonbConfigurator.jsonb().toJson(changes.asMap());
        SalesOrderRepository.in(em).addToTimeline(new OrderHistoryEntry(PublicIds.next(PREFIX), order.id(), kind,
                action == null ? null : action.apiName(), from == null ? null : from.apiName(), to == null ? null : to.apiName(), caller.actorType(), caller.actorId(), json, comment, at));
    }
}
