package io.flowline.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.junit.jupiter.api.Test;

/**
 * Order events are fired inside the transaction that made the change; what makes observers see them only after commit is
 * the observer's transaction phase. Over HTTP an observer cannot be watched without a test-only endpoint, so this pins
 * the phase of every order event observer instead.
 */
class OrderEventLogTest {
    @Test
    void observesOrderEventsOnlyAfterASuccessfulCommit() {
        long observers = 0;
        for (Method method : OrderEventLog.class.getDeclaredMethods()) {
            for (Parameter parameter : method.getParameters()) {
                Observes observes = parameter.getAnnotation(Observes.class);
                if (observes != null && parameter.getType() == OrderEvent.class) {
                    assertEquals(TransactionPhase.AFTER_SUCCESS, observes.during(), method.getName());
                    observers++;
                }
            }
        }
        assertEquals(1, observers, Arrays.toString(OrderEventLog.class.getDeclaredMethods()));
    }
}
