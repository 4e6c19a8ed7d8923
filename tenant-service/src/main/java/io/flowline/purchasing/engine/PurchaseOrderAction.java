package io.flowline.purchasing.engine;

import java.util.Locale;

/** A named state change of a purchase order; each is an action endpoint ({@code POST /purchase-orders/{id}/send}). */
public enum PurchaseOrderAction {
    SEND(PurchaseOrderStatus.SENT),
    CLOSE(PurchaseOrderStatus.CLOSED),
    CANCEL(PurchaseOrderStatus.CANCELLED);

    private final PurchaseOrderStatus target;

    PurchaseOrderAction(PurchaseOrderStatus target) {
        this.target = target;
    }

    public PurchaseOrderStatus target() {
        return target;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
