package io.flowline.orders.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The order state machine. Forward actions lead to the next stage the tenant's workflow uses
 * (with no quality stage, {@code in_production} goes straight to {@code ready}); an order can be held
 * or cancelled until it ships, and a release returns it to the state it was held in.
 */
public final class OrderLifecycle {

    /** A permitted change: the order moves to {@code to}; {@code heldFrom} is set only when it goes on hold. */
    public record Transition(OrderStatus from, OrderAction action, OrderStatus to, Optional<OrderStatus> heldFrom) {
    }

    private OrderLifecycle() {
    }

    /**
     * The actions allowed now, forward action first.
     *
     * @param heldFrom the state the order was in when it went on hold; only read when {@code state} is {@code on_hold}
     */
    public static List<OrderAction> allowedActions(OrderStatus state, OrderStatus heldFrom, OrderWorkflow workflow) {
        List<OrderAction> allowed = new ArrayList<>();
        switch (state) {
            case ON_HOLD -> {
                if (heldFrom != null) {
                    allowed.add(OrderAction.RELEASE);
                }
                allowed.add(OrderAction.CANCEL);
            }
            case CANCELLED, CLOSED -> {
            }
            default -> {
                nextStage(state, workflow).flatMap(OrderAction::into).ifPresent(allowed::add);
                if (state.beforeShipping() && state != OrderStatus.DRAFT) {
                    allowed.add(OrderAction.HOLD);
                }
                if (state.beforeShipping()) {
                    allowed.add(OrderAction.CANCEL);
                }
            }
        }
        return allowed;
    }

    /** The actions allowed in a state other than {@code on_hold}. */
    public static List<OrderAction> allowedActions(OrderStatus state, OrderWorkflow workflow) {
        return allowedActions(state, null, workflow);
    }

    /**
     * Applies an action, or refuses it.
     *
     * @throws IllegalTransition naming the allowed actions, when the action is not one of them
     */
    public static Transition apply(OrderStatus state, OrderStatus heldFrom, OrderAction action, OrderWorkflow workflow) {
        List<OrderAction> allowed = allowedActions(state, heldFrom, workflow);
        if (!allowed.contains(action)) {
            throw new IllegalTransition(state, action, allowed, workflow);
        }
        return switch (action) {
            case RELEASE -> new Transition(state, action, heldFrom, Optional.empty());
            case HOLD -> new Transition(state, action, OrderStatus.ON_HOLD, Optional.of(state));
            default -> new Transition(state, action, action.target().orElseThrow(), Optional.empty());
        };
    }

    public static Transition apply(OrderStatus state, OrderAction action, OrderWorkflow workflow) {
        return apply(state, null, action, workflow);
    }

    /** The first stage after {@code state} on the main path that the workflow uses; works from a stage the workflow has since dropped. */
    static Optional<OrderStatus> nextStage(OrderStatus state, OrderWorkflow workflow) {
        int at = OrderStatus.MAIN_PATH.indexOf(state);
        if (at < 0) {
            return Optional.empty();
        }
        for (OrderStatus stage : OrderStatus.MAIN_PATH.subList(at + 1, OrderStatus.MAIN_PATH.size())) {
            if (workflow.uses(stage)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
