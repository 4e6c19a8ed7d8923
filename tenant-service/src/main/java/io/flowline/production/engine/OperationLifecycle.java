package io.flowline.production.engine;

import java.util.List;

/**
 * An operation's state machine: {@code pending → running ⇄ paused}, {@code running → done}. Quantities and time are
 * reported while it runs or is paused (scrap found during a breakdown); it completes only while running, so an
 * interruption always has its end.
 */
public final class OperationLifecycle {

    private OperationLifecycle() {
    }

    public static List<OperationAction> allowedActions(OperationStatus state) {
        return switch (state) {
            case PENDING -> List.of(OperationAction.START);
            case RUNNING -> List.of(OperationAction.PAUSE, OperationAction.REPORT, OperationAction.COMPLETE);
            case PAUSED -> List.of(OperationAction.RESUME, OperationAction.REPORT);
            case DONE -> List.of();
        };
    }

    /**
     * The state after the action (reporting keeps it).
     *
     * @throws IllegalAction naming the allowed actions, when the state does not allow this one
     */
    public static OperationStatus apply(OperationStatus state, OperationAction action) {
        if (!allowedActions(state).contains(action)) {
            throw new IllegalAction(state.apiName(), action.pathSegment(), allowedActions(state).stream().map(OperationAction::pathSegment).toList());
        }
        return switch (action) {
            case START, RESUME -> OperationStatus.RUNNING;
            case PAUSE -> OperationStatus.PAUSED;
            case REPORT -> state;
            case COMPLETE -> OperationStatus.DONE;
        };
    }
}
