package io.flowline.production.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a work order stands: planned, released to the shop floor, in progress from its first operation's start, completed
 * when its last operation is done, then closed; cancelled before anything was started.
 */
public enum WorkOrderStatus {
    PLANNED, RELEASED, IN_PROGRESS, COMPLETED, CLOSED, CANCELLED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WorkOrderStatus> parse(String name) {
        return Arrays.stream(values()).filter(s -> s.apiName().equals(name)).findFirst();
    }

    public static String allNames() {
        return Arrays.stream(values()).map(WorkOrderStatus::apiName).collect(Collectors.joining(", "));
    }
}
