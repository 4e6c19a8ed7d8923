package io.flowline.orders;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How an order came in. */
public enum OrderChannel {
    PHONE, EMAIL, PORTAL, API, OTHER;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OrderChannel> parse(String name) {
        return Arrays.stream(values()).filter(c -> c.apiName().equals(name)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(OrderChannel::apiName).collect(Collectors.joining(", "));
    }
}
