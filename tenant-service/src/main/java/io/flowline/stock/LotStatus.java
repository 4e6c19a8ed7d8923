package io.flowline.stock;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Whether a lot's stock may be used: only released stock is issued or reserved. */
public enum LotStatus {
    RELEASED, QUARANTINED, BLOCKED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LotStatus> parse(String name) {
        return Arrays.stream(values()).filter(s -> s.apiName().equals(name)).findFirst();
    }

    public static String allNames() {
        return Arrays.stream(values()).map(LotStatus::apiName).collect(Collectors.joining(", "));
    }
}
