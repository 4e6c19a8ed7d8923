package io.flowline.stock;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a stock movement is. Count corrections are written only by posting a stock count. */
public enum MovementKind {
    RECEIPT, ISSUE, TRANSFER, ADJUSTMENT, COUNT_CORRECTION, SCRAP;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MovementKind> parse(String name) {
        return Arrays.stream(values()).filter(k -> k.apiName().equals(name)).findFirst();
    }

    public static String allNames() {
        return Arrays.stream(values()).map(MovementKind::apiName).collect(Collectors.joining(", "));
    }
}
