package io.flowline.purchasing.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a purchase order stands: draft → sent → partly_received → received → closed, or cancelled. */
public enum PurchaseOrderStatus {
    DRAFT, SENT, PARTLY_RECEIVED, RECEIVED, CLOSED, CANCELLED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Goods may arrive against it. */
    public boolean receiving() {
        return this == SENT || this == PARTLY_RECEIVED;
    }

    /** Its open quantities are still expected: they count as on order and are planning's scheduled receipts. */
    public boolean open() {
        return this == DRAFT || receiving();
    }

    /** The statuses that are {@link #open()}, for queries. */
    public static List<PurchaseOrderStatus> openStatuses() {
        return Arrays.stream(values()).filter(PurchaseOrderStatus::open).toList();
    }

    public static Optional<PurchaseOrderStatus> parse(String name) {
        return Arrays.stream(values()).filter(s -> s.apiName().equals(name)).findFirst();
    }

    public static String allNames() {
        return Arrays.stream(values()).map(PurchaseOrderStatus::apiName).collect(Collectors.joining(", "));
    }
}
