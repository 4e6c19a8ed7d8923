package io.flowline.production.engine;

import java.util.List;

/**
 * The work order state machine: {@code planned → released → in_progress → completed → closed}, and {@code cancelled}
 * from planned or released. Once an operation has started, the work has used material and time, so an in-progress order
 * is no longer cancelled (its remaining quantity can still be left unmade by completing its operations).
 */
public final class WorkOrderLifecycle {

    private WorkOrderLifecycle() {
    }

    /** Every action the state allows, the shop floor's included, in the order of the main path. */
    public static List<WorkOrderAction> allowedActions(WorkOrderStatus state) {
        return switch (state) {
            case PLANNED -> List.of(WorkOrderAction.RELEASE, WorkOrderAction.CANCEL);
            case RELEASED -> List.of(WorkOrderAction.START, WorkOrderAction.CANCEL);
            case IN_PROGRESS -> List.of(WorkOrderAction.START, WorkOrderAction.COMPLETE);
            case COMPLETED -> List.of(WorkOrderAction.CLOSE);
            case CLOSED, CANCELLED -> List.of();
        };
    }

    /** The actions a person can take now with an endpoint: what {@code allowed_actions} shows and a 409 names. */
    public static List<WorkOrderAction> explicitActions(WorkOrderStatus state) {
        return allowedActions(state).stream().filter(WorkOrderAction::explicit).toList();
    }

    /** Whether operations can be started, reported and completed. */
    public static boolean onTheShopFloor(WorkOrderStatus state) {
        return state == WorkOrderStatus.RELEASED || state == WorkOrderStatus.IN_PROGRESS;
    }

    /**
     * The state after the action; starting an in-progress order (a later operation's start) leaves it in progress.
     *
     * @throws IllegalAction naming the explicit actions the state allows, when it does not allow this one
     */
    public static WorkOrderStatus apply(WorkOrderStatus state, WorkOrderAction action) {
        if (!allowedActions(state).contains(action)) {
            throw new IllegalAction(state.apiName(), action.pathSegment(), explicitActions(state).stream().map(WorkOrderAction::pathSegment).toList());
        }
        return switch (action) {
            case RELEASE -> WorkOrderStatus.RELEASED;
            case START -> WorkOrderStatus.IN_PROGRESS;
            case COMPLETE -> WorkOrderStatus.COMPLETED;
            case CLOSE -> WorkOrderStatus.CLOSED;
            case CANCEL -> WorkOrderStatus.CANCELLED;
        };
    }
}
