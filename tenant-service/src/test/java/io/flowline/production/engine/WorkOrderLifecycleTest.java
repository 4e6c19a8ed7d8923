package io.flowline.production.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The whole work order transition table: every state against every action. */
class WorkOrderLifecycleTest {
    private static final Map<WorkOrderStatus, Map<WorkOrderAction, WorkOrderStatus>> TABLE = new EnumMap<>(WorkOrderStatus.class);

    static {
        TABLE.put(WorkOrderStatus.PLANNED, Map.of(WorkOrderAction.RELEASE, WorkOrderStatus.RELEASED, WorkOrderAction.CANCEL, WorkOrderStatus.CANCELLED));
        TABLE.put(WorkOrderStatus.RELEASED, Map.of(WorkOrderAction.START, WorkOrderStatus.IN_PROGRESS, WorkOrderAction.CANCEL, WorkOrderStatus.CANCELLED));
        TABLE.put(WorkOrderStatus.IN_PROGRESS, Map.of(WorkOrderAction.START, WorkOrderStatus.IN_PROGRESS, WorkOrderAction.COMPLETE, WorkOrderStatus.COMPLETED));
        TABLE.put(WorkOrderStatus.COMPLETED, Map.of(WorkOrderAction.CLOSE, WorkOrderStatus.CLOSED));
        TABLE.put(WorkOrderStatus.CLOSED, Map.of());
        TABLE.put(WorkOrderStatus.CANCELLED, Map.of());
    }

    @Test
    void everyStateAndActionAsTheTableSays() {
        for (WorkOrderStatus state : WorkOrderStatus.values()) {
            for (WorkOrderAction action : WorkOrderAction.values()) {
                WorkOrderStatus expected = TABLE.get(state).get(action);
                if (expected != null) {
                    assertEquals(expected, WorkOrderLifecycle.apply(state, action), state + " " + action);
                } else {
                    IllegalAction refused = assertThrows(IllegalAction.class, () -> WorkOrderLifecycle.apply(state, action), state + " " + action);
                    assertEquals(state.apiName(), refused.state());
                    assertEquals(WorkOrderLifecycle.explicitActions(state).stream().map(WorkOrderAction::pathSegment).toList(), refused.allowed());
                }
            }
        }
    }

    @Test
    void aPersonSeesOnlyTheActionsWithEndpoints() {
        assertEquals(List.of(WorkOrderAction.RELEASE, WorkOrderAction.CANCEL), WorkOrderLifecycle.explicitActions(WorkOrderStatus.PLANNED));
        assertEquals(List.of(WorkOrderAction.CANCEL), WorkOrderLifecycle.explicitActions(WorkOrderStatus.RELEASED));
        assertEquals(List.of(), WorkOrderLifecycle.explicitActions(WorkOrderStatus.IN_PROGRESS), "started work is finished, not cancelled");
        assertEquals(List.of(WorkOrderAction.CLOSE), WorkOrderLifecycle.explicitActions(WorkOrderStatus.COMPLETED));
        IllegalAction refused = assertThrows(IllegalAction.class, () -> WorkOrderLifecycle.apply(WorkOrderStatus.IN_PROGRESS, WorkOrderAction.CANCEL));
        assertTrue(refused.getMessage().contains("no action is allowed now"), refused.getMessage());
    }

    @Test
    void operationsAreWorkedOnlyWhileReleasedOrInProgress() {
        for (WorkOrderStatus state : WorkOrderStatus.values()) {
            assertEquals(state == WorkOrderStatus.RELEASED || state == WorkOrderStatus.IN_PROGRESS, WorkOrderLifecycle.onTheShopFloor(state), state::toString);
        }
    }
}
