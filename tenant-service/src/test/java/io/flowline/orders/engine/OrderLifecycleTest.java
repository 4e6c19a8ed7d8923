package io.flowline.orders.engine;

import static io.flowline.orders.engine.OrderAction.CANCEL;
import static io.flowline.orders.engine.OrderAction.CLOSE;
import static io.flowline.orders.engine.OrderAction.CONFIRM;
import static io.flowline.orders.engine.OrderAction.DELIVER;
import static io.flowline.orders.engine.OrderAction.HOLD;
import static io.flowline.orders.engine.OrderAction.MARK_READY;
import static io.flowline.orders.engine.OrderAction.RELEASE;
import static io.flowline.orders.engine.OrderAction.SEND_TO_QUALITY;
import static io.flowline.orders.engine.OrderAction.SHIP;
import static io.flowline.orders.engine.OrderAction.START_PRODUCTION;
import static io.flowline.orders.engine.OrderAction.SUBMIT;
import static io.flowline.orders.engine.OrderStatus.CANCELLED;
import static io.flowline.orders.engine.OrderStatus.CLOSED;
import static io.flowline.orders.engine.OrderStatus.CONFIRMED;
import static io.flowline.orders.engine.OrderStatus.DELIVERED;
import static io.flowline.orders.engine.OrderStatus.DRAFT;
import static io.flowline.orders.engine.OrderStatus.IN_PRODUCTION;
import static io.flowline.orders.engine.OrderStatus.ON_HOLD;
import static io.flowline.orders.engine.OrderStatus.QUALITY_CHECK;
import static io.flowline.orders.engine.OrderStatus.READY;
import static io.flowline.orders.engine.OrderStatus.SHIPPED;
import static io.flowline.orders.engine.OrderStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OrderLifecycleTest {
    private static final OrderWorkflow STANDARD = OrderWorkflow.STANDARD;

    /** Walks the forward path from draft to closed, one allowed forward action at a time. */
    private static List<OrderStatus> happyPath(OrderWorkflow workflow) {
        List<OrderStatus> visited = new ArrayList<>(List.of(DRAFT));
        OrderStatus state = DRAFT;
        while (state != CLOSED) {
            OrderAction forward = OrderLifecycle.allowedActions(state, workflow).get(0);
            state = OrderLifecycle.apply(state, forward, workflow).to();
            visited.add(state);
        }
        return visited;
    }

    @Test
    void everyForwardTransitionOfTheStandardWorkflow() {
        record Step(OrderStatus from, OrderAction action, OrderStatus to) {
        }
        List<Step> steps = List.of(new Step(DRAFT, SUBMIT, SUBMITTED), new Step(SUBMITTED, CONFIRM, CONFIRMED),
                new Step(CONFIRMED, START_PRODUCTION, IN_PRODUCTION), new Step(IN_PRODUCTION, SEND_TO_QUALITY, QUALITY_CHECK),
                new Step(QUALITY_CHECK, MARK_READY, READY), new Step(READY, SHIP, SHIPPED), new Step(SHIPPED, DELIVER, DELIVERED),
                new Step(DELIVERED, CLOSE, CLOSED));
        for (Step step : steps) {
            OrderLifecycle.Transition transition = OrderLifecycle.apply(step.from(), step.action(), STANDARD);
            assertEquals(step.to(), transition.to(), step.toString());
            assertEquals(Optional.empty(), transition.heldFrom());
        }
        assertEquals(OrderStatus.MAIN_PATH, happyPath(STANDARD));
    }

    @Test
    void allowedActionsInEveryState() {
        assertEquals(List.of(SUBMIT, CANCEL), OrderLifecycle.allowedActions(DRAFT, STANDARD));
        assertEquals(List.of(CONFIRM, HOLD, CANCEL), OrderLifecycle.allowedActions(SUBMITTED, STANDARD));
        assertEquals(List.of(START_PRODUCTION, HOLD, CANCEL), OrderLifecycle.allowedActions(CONFIRMED, STANDARD));
        assertEquals(List.of(SEND_TO_QUALITY, HOLD, CANCEL), OrderLifecycle.allowedActions(IN_PRODUCTION, STANDARD));
        assertEquals(List.of(MARK_READY, HOLD, CANCEL), OrderLifecycle.allowedActions(QUALITY_CHECK, STANDARD));
        assertEquals(List.of(SHIP, HOLD, CANCEL), OrderLifecycle.allowedActions(READY, STANDARD));
        assertEquals(List.of(DELIVER), OrderLifecycle.allowedActions(SHIPPED, STANDARD), "once shipped, no hold and no cancel");
        assertEquals(List.of(CLOSE), OrderLifecycle.allowedActions(DELIVERED, STANDARD));
        assertEquals(List.of(), OrderLifecycle.allowedActions(CLOSED, STANDARD));
        assertEquals(List.of(), OrderLifecycle.allowedActions(CANCELLED, STANDARD));
        assertEquals(List.of(RELEASE, CANCEL), OrderLifecycle.allowedActions(ON_HOLD, CONFIRMED, STANDARD));
    }

    @Test
    void everyActionNotAllowedIsRefusedNamingTheAllowedOnes() {
        int refused = 0;
        for (OrderStatus state : OrderStatus.values()) {
            OrderStatus heldFrom = state == ON_HOLD ? CONFIRMED : null;
            List<OrderAction> allowed = OrderLifecycle.allowedActions(state, heldFrom, STANDARD);
            for (OrderAction action : OrderAction.values()) {
                if (allowed.contains(action)) {
                    OrderLifecycle.apply(state, heldFrom, action, STANDARD);
                } else {
                    IllegalTransition e = assertThrows(IllegalTransition.class, () -> OrderLifecycle.apply(state, heldFrom, action, STANDARD));
                    assertEquals(allowed, e.allowed());
                    assertEquals(state, e.from());
                    allowed.forEach(a -> assertTrue(e.getMessage().contains(a.apiName()), e.getMessage()));
                    refused++;
                }
            }
        }
        assertTrue(refused > 80, "most combinations are illegal: " + refused);
    }

    @Test
    void theRefusalSpeaksTheTenantsStageNames() {
        OrderWorkflow workflow = STANDARD.renaming(CONFIRMED, "Approved");
        IllegalTransition e = assertThrows(IllegalTransition.class, () -> OrderLifecycle.apply(CONFIRMED, SHIP, workflow));
        assertEquals("An order that is Approved (confirmed) cannot ship; allowed: start_production, hold, cancel.", e.getMessage());
        IllegalTransition closed = assertThrows(IllegalTransition.class, () -> OrderLifecycle.apply(CLOSED, CANCEL, workflow));
        assertTrue(closed.getMessage().endsWith("no action is allowed any more."), closed.getMessage());
    }

    @Test
    void withoutAQualityStageProductionGoesStraightToReady() {
        OrderWorkflow noQuality = STANDARD.skipping(QUALITY_CHECK);
        assertEquals(List.of(MARK_READY, HOLD, CANCEL), OrderLifecycle.allowedActions(IN_PRODUCTION, noQuality));
        assertEquals(READY, OrderLifecycle.apply(IN_PRODUCTION, MARK_READY, noQuality).to());
        assertThrows(IllegalTransition.class, () -> OrderLifecycle.apply(IN_PRODUCTION, SEND_TO_QUALITY, noQuality));
        assertEquals(List.of(DRAFT, SUBMITTED, CONFIRMED, IN_PRODUCTION, READY, SHIPPED, DELIVERED, CLOSED), happyPath(noQuality));
    }

    @Test
    void skippingEveryOptionalStageShipsRightAfterConfirmation() {
        OrderWorkflow trader = STANDARD.skipping(IN_PRODUCTION, QUALITY_CHECK, READY);
        assertEquals(List.of(SHIP, HOLD, CANCEL), OrderLifecycle.allowedActions(CONFIRMED, trader));
        assertEquals(List.of(DRAFT, SUBMITTED, CONFIRMED, SHIPPED, DELIVERED, CLOSED), happyPath(trader));
        assertEquals(List.of(DRAFT, SUBMITTED, CONFIRMED, SHIPPED, DELIVERED, CLOSED), trader.stages());
    }

    @Test
    void eachCombinationOfSkippedStagesKeepsTheRestInOrder() {
        List<OrderStatus> optional = List.of(IN_PRODUCTION, QUALITY_CHECK, READY);
        for (int mask = 0; mask < 8; mask++) {
            Set<OrderStatus> skipped = EnumSet.noneOf(OrderStatus.class);
            for (int i = 0; i < 3; i++) {
                if ((mask & (1 << i)) != 0) {
                    skipped.add(optional.get(i));
                }
            }
            OrderWorkflow workflow = new OrderWorkflow(Map.of(), skipped);
            List<OrderStatus> expected = new ArrayList<>(OrderStatus.MAIN_PATH);
            expected.removeAll(skipped);
            assertEquals(expected, happyPath(workflow), "skipping " + skipped);
        }
    }

    @Test
    void anOrderInAStageTheTenantDroppedSinceCanStillMoveOn() {
        OrderWorkflow noQuality = STANDARD.skipping(QUALITY_CHECK);
        assertEquals(List.of(MARK_READY, HOLD, CANCEL), OrderLifecycle.allowedActions(QUALITY_CHECK, noQuality));
    }

    @Test
    void holdRemembersTheStateAndReleaseReturnsToIt() {
        for (OrderStatus state : List.of(SUBMITTED, CONFIRMED, IN_PRODUCTION, QUALITY_CHECK, READY)) {
            OrderLifecycle.Transition held = OrderLifecycle.apply(state, HOLD, STANDARD);
            assertEquals(ON_HOLD, held.to());
            assertEquals(Optional.of(state), held.heldFrom());
            OrderLifecycle.Transition released = OrderLifecycle.apply(ON_HOLD, state, RELEASE, STANDARD);
            assertEquals(state, released.to());
        }
        assertThrows(IllegalTransition.class, () -> OrderLifecycle.apply(DRAFT, HOLD, STANDARD), "a draft is not under way yet");
        assertThrows(IllegalTransition.class, () -> OrderLifecycle.apply(ON_HOLD, READY, HOLD, STANDARD));
        assertEquals(CANCELLED, OrderLifecycle.apply(ON_HOLD, READY, CANCEL, STANDARD).to());
        assertEquals(List.of(CANCEL), OrderLifecycle.allowedActions(ON_HOLD, null, STANDARD), "without the held state there is nothing to release to");
    }

    @Test
    void cancelIsPossibleUntilShipping() {
        for (OrderStatus state : List.of(DRAFT, SUBMITTED, CONFIRMED, IN_PRODUCTION, QUALITY_CHECK, READY)) {
            assertEquals(CANCELLED, OrderLifecycle.apply(state, CANCEL, STANDARD).to(), state.apiName());
        }
        for (OrderStatus state : List.of(SHIPPED, DELIVERED, CLOSED, CANCELLED)) {
            assertThrows(IllegalTransition.class, () -> OrderLifecycle.apply(state, CANCEL, STANDARD), state.apiName());
        }
    }

    @Test
    void onlyOptionalStagesCanBeSkippedAndNamesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> STANDARD.skipping(CONFIRMED));
        assertThrows(IllegalArgumentException.class, () -> STANDARD.skipping(SHIPPED));
        assertThrows(IllegalArgumentException.class, () -> STANDARD.renaming(READY, " "));
        assertThrows(IllegalArgumentException.class, () -> STANDARD.renaming(READY, "x".repeat(41)));
        OrderWorkflow renamed = STANDARD.renaming(QUALITY_CHECK, "Inspection");
        assertEquals("Inspection", renamed.displayName(QUALITY_CHECK));
        assertEquals("Ready", renamed.displayName(READY));
    }

    @Test
    void apiNamesRoundTrip() {
        for (OrderStatus status : OrderStatus.values()) {
            assertEquals(Optional.of(status), OrderStatus.parse(status.apiName()));
        }
        for (OrderAction action : OrderAction.values()) {
            assertEquals(Optional.of(action), OrderAction.parse(action.apiName()));
            assertEquals(Optional.of(action), OrderAction.parse(action.pathSegment()));
        }
        assertEquals("start-production", START_PRODUCTION.pathSegment());
        assertEquals(Optional.empty(), OrderStatus.parse("lost"));
    }
}
