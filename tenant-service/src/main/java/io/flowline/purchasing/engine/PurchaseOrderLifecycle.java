package io.flowline.purchasing.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * The purchase order state machine. A draft is sent or cancelled; a sent order that nothing has arrived for can still be
 * cancelled; once goods arrived it can only be closed (a partly received order is short-closed: the rest is no longer
 * expected). Receipts move it from sent to partly_received to received.
 */
public final class PurchaseOrderLifecycle {
    private PurchaseOrderLifecycle() {
    }

    public static List<PurchaseOrderAction> allowedActions(PurchaseOrderStatus status) {
        return switch (status) {
            case DRAFT -> List.of(PurchaseOrderAction.SEND, PurchaseOrderAction.CANCEL);
            case SENT -> List.of(PurchaseOrderAction.CANCEL);
            case PARTLY_RECEIVED, RECEIVED -> List.of(PurchaseOrderAction.CLOSE);
            case CLOSED, CANCELLED -> List.of();
        };
    }

    /** The status after a receipt: received when every line has all it ordered, else partly received. */
    public static PurchaseOrderStatus afterReceipt(List<BigDecimal> ordered, List<BigDecimal> received) {
        for (int i = 0; i < ordered.size(); i++) {
            if (received.get(i).compareTo(ordered.get(i)) < 0) {
                return PurchaseOrderStatus.PARTLY_RECEIVED;
            }
        }
        return PurchaseOrderStatus.RECEIVED;
    }
}
