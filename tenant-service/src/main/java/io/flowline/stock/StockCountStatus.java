package io.flowline.stock;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** open while counting, until posted or cancelled. */
public enum StockCountStatus {
    OPEN, POSTED, CANCELLED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StockCountStatus> parse(String name) {
        return Arrays.stream(values()).filter(s -> s.apiName().equals(name)).findFirst();
    }
}
