package io.flowline.production.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The whole operation transition table: every state against every action. */
class OperationLifecycleTest {
    private static final Map<OperationStatus, Map<OperationAction, OperationStatus>> TABLE = new EnumMap<>(OperationStatus.class);

    static {
        TABLE.put(OperationStatus.PENDING, Map.of(OperationAction.START, OperationStatus.RUNNING));
        TABLE.put(OperationStatus.RUNNING, Map.of(OperationAction.PAUSE, OperationStatus.PAUSED, OperationAction.REPORT, OperationStatus.RUNNING,
                OperationAction.COMPLETE, OperationStatus.DONE));
        TABLE.put(OperationStatus.PAUSED, Map.of(OperationAction.RESUME, OperationStatus.RUNNING, OperationAction.REPORT, OperationStatus.PAUSED));
        TABLE.put(OperationStatus.DONE, Map.of());
    }

    @Test
    void everyStateAndActionAsTheTableSays() {
        for (OperationStatus state : OperationStatus.values()) {
            for (OperationAction action : OperationAction.values()) {
                OperationStatus expected = TABLE.get(state).get(action);
                if (expected != null) {
                    assertEquals(expected, OperationLifecycle.apply(state, action), state + " " + action);
                } else {
                    IllegalAction refused = assertThrows(IllegalAction.class, () -> OperationLifecycle.apply(state, action), state + " " + action);
                    assertEquals(OperationLifecycle.allowedActions(state).stream().map(OperationAction::pathSegment).toList(), refused.allowed());
                }
            }
        }
    }

    @Test
    void aPausedOperationIsResumedBeforeItCompletes() {
        assertEquals(List.of("resume", "report"), assertThrows(IllegalAction.class,
                () -> OperationLifecycle.apply(OperationStatus.PAUSED, OperationAction.COMPLETE)).allowed());
    }
}
