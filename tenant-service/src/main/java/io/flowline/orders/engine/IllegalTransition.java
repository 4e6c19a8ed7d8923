package io.flowline.orders.engine;

import java.util.List;
import java.util.stream.Collectors;

/** An action the order's current state does not allow; names the actions that it does allow. */
public class IllegalTransition extends RuntimeException {
    private final OrderStatus from;
    private final OrderAction action;
    private final List<OrderAction> allowed;

    public IllegalTransition(OrderStatus from, OrderAction action, List<OrderAction> allowed, OrderWorkflow workflow) {
        super("An order that is " + workflow.displayName(from) + " (" + from.apiName() + ") cannot " + action.apiName() + "; "
                + (allowed.isEmpty() ? "no action is allowed any more."
                : "allowed: " + allowed.stream().map(OrderAction::apiName).collect(Collectors.joining(", ")) + "."));
        this.from = from;
        this.action = action;
        this.allowed = List.copyOf(allowed);
    }

    public OrderStatus from() {
        return from;
    }

    public OrderAction action() {
        return action;
    }

    public List<OrderAction> allowed() {
        return allowed;
    }
}
