package io.flowline.planning;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.flowline.orders.DemandSource;
import io.flowline.orders.OrderEvent;
import io.flowline.orders.engine.OrderEventTypes;
import io.flowline.orders.engine.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Marks the plan in force stale when committed order changes alter its demand: a confirmation, a cancellation, or a change
 * of an order that is demand (confirmed up to ready, or on hold). The next run reads the orders as they are then.
 */
@ApplicationScoped
public class StalePlans {
    private static final Logger LOG = Logger.getLogger(StalePlans.class.getName());
    private static final Map<String, String> VERBS = Map.of(OrderEventTypes.CONFIRMED, "confirmed", OrderEventTypes.CHANGED, "changed",
            OrderEventTypes.CANCELLED, "cancelled");

    @Inject
    MrpRuns runs;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderEvent event) {
        String verb = VERBS.get(event.type());
        if (verb == null || (event.type().equals(OrderEventTypes.CHANGED) && !demand(event.status()))) {
            return;
        }
        try {
            runs.outdate(event.tenantId(), "order " + event.number() + " " + verb);
        } catch (RuntimeException e) { // the order change is committed; a plan not marked stale must not fail its answer
            LOG.log(Level.WARNING, "Could not mark the plan of tenant " + event.tenantId() + " stale after " + event.type(), e);
        }
    }

    /** After a committed change of the master schedule ({@code what} says which entry and how). */
    public void masterScheduleChanged(String tenantId, String what) {
        try {
            runs.outdate(tenantId, "master schedule: " + what);
        } catch (RuntimeException e) { // the change is committed; a plan not marked stale must not fail its answer
            LOG.log(Level.WARNING, "Could not mark the plan of tenant " + tenantId + " stale after a master schedule change", e);
        }
    }

    private static boolean demand(String status) {
        return OrderStatus.parse(status).map(s -> DemandSource.DEMAND.contains(s) || s == OrderStatus.ON_HOLD).orElse(false);
    }
}
