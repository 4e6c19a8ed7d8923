package io.flowline.orders.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A named state change of an order; each becomes an action endpoint ({@code POST /orders/{id}/start-production}). */
public enum OrderAction {
    SUBMIT(OrderStatus.SUBMITTED),
    CONFIRM(OrderStatus.CONFIRMED),
    START_PRODUCTION(OrderStatus.IN_PRODUCTION),
    SEND_TO_QUALITY(OrderStatus.QUALITY_CHECK),
    MARK_READY(OrderStatus.READY),
    SHIP(OrderStatus.SHIPPED),
    DELIVER(OrderStatus.DELIVERED),
    CLOSE(OrderStatus.CLOSED),
    HOLD(OrderStatus.ON_HOLD),
    /** Back to the state the order was held in, so its target depends on the order. */
    RELEASE(null),
    CANCEL(OrderStatus.CANCELLED);

    private final OrderStatus target;

    OrderAction(OrderStatus target) {
        this.target = target;
    }

    /** The state this action leads to; empty for {@link #RELEASE}, whose target is the state the order was held in. */
    public Optional<OrderStatus> target() {
        return Optional.ofNullable(target);
    }

    /** The name in the API: {@code start_production}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The path segment of the action endpoint: {@code start-production}. */
    public String pathSegment() {
        return apiName().replace('_', '-');
    }

    /** The forward action that leads into a stage of the main path. */
    static Optional<OrderAction> into(OrderStatus stage) {
        return Arrays.stream(values()).filter(a -> a != HOLD && a != CANCEL && a.target == stage).findFirst();
    }

    public static Optional<OrderAction> parse(String name) {
        return Arrays.stream(values()).filter(a -> a.apiName().equals(name) || a.pathSegment().equals(name)).findFirst();
    }
}
