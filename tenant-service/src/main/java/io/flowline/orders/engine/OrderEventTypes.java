package io.flowline.orders.engine;

import java.util.ArrayList;
import java.util.List;

/** Which events a status change raises: always {@code order.status_changed}, and the named event of a confirmation or cancellation. */
public final class OrderEventTypes {
    public static final String CREATED = "order.created";
    public static final String CONFIRMED = "order.confirmed";
    public static final String CHANGED = "order.changed";
    public static final String STATUS_CHANGED = "order.status_changed";
    public static final String CANCELLED = "order.cancelled";

    private OrderEventTypes() {
    }

    public static List<String> after(OrderLifecycle.Transition transition) {
        List<String> types = new ArrayList<>();
        if (transition.from() != transition.to()) {
            types.add(STATUS_CHANGED);
        }
        if (transition.to() == OrderStatus.CONFIRMED && transition.action() == OrderAction.CONFIRM) {
            types.add(CONFIRMED);
        }
        if (transition.to() == OrderStatus.CANCELLED) {
            types.add(CANCELLED);
        }
        return types;
    }
}
