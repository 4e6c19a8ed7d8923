package io.flowline.orders.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class OrderEventTypesTest {
    private static List<String> after(OrderStatus from, OrderAction action) {
        return OrderEventTypes.after(OrderLifecycle.apply(from, action, OrderWorkflow.STANDARD));
    }

    @Test
    void everyStatusChangeRaisesStatusChangedAndConfirmAndCancelTheirOwnEvent() {
        assertEquals(List.of("order.status_changed"), after(OrderStatus.DRAFT, OrderAction.SUBMIT));
        assertEquals(List.of("order.status_changed", "order.confirmed"), after(OrderStatus.SUBMITTED, OrderAction.CONFIRM));
        assertEquals(List.of("order.status_changed", "order.cancelled"), after(OrderStatus.CONFIRMED, OrderAction.CANCEL));
        assertEquals(List.of("order.status_changed"), after(OrderStatus.IN_PRODUCTION, OrderAction.HOLD));
        assertEquals(List.of("order.status_changed", "order.cancelled"), after(OrderStatus.ON_HOLD, OrderAction.CANCEL),
                "a held order can be cancelled: heldFrom is not needed for that");
    }

    @Test
    void releasingBackToConfirmedIsNoNewConfirmation() {
        OrderLifecycle.Transition release = OrderLifecycle.apply(OrderStatus.ON_HOLD, OrderStatus.CONFIRMED, OrderAction.RELEASE,
                OrderWorkflow.STANDARD);
        assertEquals(List.of("order.status_changed"), OrderEventTypes.after(release));
    }
}
