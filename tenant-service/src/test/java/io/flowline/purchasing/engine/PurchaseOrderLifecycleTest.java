package io.flowline.purchasing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class PurchaseOrderLifecycleTest {

    @Test
    void eachStatusAllowsItsActions() {
        assertEquals(List.of(PurchaseOrderAction.SEND, PurchaseOrderAction.CANCEL), PurchaseOrderLifecycle.allowedActions(PurchaseOrderStatus.DRAFT));
        assertEquals(List.of(PurchaseOrderAction.CANCEL), PurchaseOrderLifecycle.allowedActions(PurchaseOrderStatus.SENT));
        assertEquals(List.of(PurchaseOrderAction.CLOSE), PurchaseOrderLifecycle.allowedActions(PurchaseOrderStatus.PARTLY_RECEIVED));
        assertEquals(List.of(PurchaseOrderAction.CLOSE), PurchaseOrderLifecycle.allowedActions(PurchaseOrderStatus.RECEIVED));
        assertEquals(List.of(), PurchaseOrderLifecycle.allowedActions(PurchaseOrderStatus.CLOSED));
        assertEquals(List.of(), PurchaseOrderLifecycle.allowedActions(PurchaseOrderStatus.CANCELLED));
    }

    @Test
    void aReceiptLeavesTheOrderPartlyReceivedUntilEveryLineIsComplete() {
        List<BigDecimal> ordered = List.of(new BigDecimal("12"), new BigDecimal("5"));
        assertEquals(PurchaseOrderStatus.PARTLY_RECEIVED, PurchaseOrderLifecycle.afterReceipt(ordered, List.of(new BigDecimal("12"), BigDecimal.ZERO)));
        assertEquals(PurchaseOrderStatus.RECEIVED, PurchaseOrderLifecycle.afterReceipt(ordered, List.of(new BigDecimal("12.000"), new BigDecimal("5"))));
    }
}
