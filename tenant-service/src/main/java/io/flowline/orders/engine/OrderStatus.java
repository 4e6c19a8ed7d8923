package io.flowline.orders.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a customer order stands. The main path runs from {@link #DRAFT} to {@link #CLOSED};
 * {@link #ON_HOLD} and {@link #CANCELLED} are the two side states.
 */
public enum OrderStatus {
    DRAFT("Draft", false),
    SUBMITTED("Submitted", false),
    CONFIRMED("Confirmed", false),
    IN_PRODUCTION("In production", true),
    QUALITY_CHECK("Quality check", true),
    READY("Ready", true),
    SHIPPED("Shipped", false),
    DELIVERED("Delivered", false),
    CLOSED("Closed", false),
    ON_HOLD("On hold", false),
    CANCELLED("Cancelled", false);

    /** The main path in order; a tenant's workflow may leave out the optional stages. */
    public static final List<OrderStatus> MAIN_PATH = List.of(DRAFT, SUBMITTED, CONFIRMED, IN_PRODUCTION, QUALITY_CHECK, READY,
            SHIPPED, DELIVERED, CLOSED);

    private final String defaultDisplayName;
    private final boolean optional;

    OrderStatus(String defaultDisplayName, boolean optional) {
        this.defaultDisplayName = defaultDisplayName;
        this.optional = optional;
    }

    /** The name in the API: {@code in_production}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String defaultDisplayName() {
        return defaultDisplayName;
    }

    /** Whether a tenant may skip this stage in its workflow. */
    public boolean optional() {
        return optional;
    }

    /** Orders in these states may still be put on hold or cancelled: nothing has left the building yet. */
    public boolean beforeShipping() {
        return MAIN_PATH.contains(this) && MAIN_PATH.indexOf(this) < MAIN_PATH.indexOf(SHIPPED);
    }

    public static Optional<OrderStatus> parse(String apiName) {
        return Arrays.stream(values()).filter(s -> s.apiName().equals(apiName)).findFirst();
    }
}
