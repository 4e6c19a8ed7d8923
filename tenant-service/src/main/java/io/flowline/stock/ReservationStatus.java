package io.flowline.stock;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** open until fully issued (consumed) or cancelled. */
public enum ReservationStatus {
    OPEN, CONSUMED, CANCELLED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReservationStatus> parse(String name) {
        return Arrays.stream(values()).filter(s -> s.apiName().equals(name)).findFirst();
    }
}
