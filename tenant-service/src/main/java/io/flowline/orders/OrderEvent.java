package io.flowline.orders;

import java.time.Instant;

/**
 * Something that happened to an order, for other modules and later webhooks. Fired inside the transaction that made the
 * change; observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} so that only committed changes are seen.
 *
 * @param type {@code order.created}, {@code order.confirmed}, {@code order.changed}, {@code order.status_changed} or {@code order.cancelled}
 */
public record OrderEvent(String type, String tenantId, String orderId, String number, String status, Instant occurredAt) {
    /** Raised once per created order, and once per edit ({@code order.changed}); status changes: {@link io.flowline.orders.engine.OrderEventTypes}. */
    public static final String CREATED = io.flowline.orders.engine.OrderEventTypes.CREATED;
    public static final String CHANGED = io.flowline.orders.engine.OrderEventTypes.CHANGED;
}
