package io.flowline.production;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a work order stands: planned, then released to the shop floor; cancelled from either. */
public enum WorkOrderStatus {
    PLANNED, RELEASED, CANCELLED;

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
