package io.flowline.production.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Why an operation was paused. */
public enum InterruptionReason {
    BREAKDOWN, NO_MATERIAL, WAITING_FOR_QUALITY, TOOLING, OTHER;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InterruptionReason> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.apiName().equals(name)).findFirst();
    }

    public static String allNames() {
        return Arrays.stream(values()).map(InterruptionReason::apiName).collect(Collectors.joining(", "));
    }
}
