package io.flowline.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Items and work centres are archived rather than deleted, so what refers to them stays intact. */
public enum CatalogStatus {
    ACTIVE, ARCHIVED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CatalogStatus> parse(String name) {
        return Arrays.stream(values()).filter(k -> k.apiName().equals(name)).findFirst();
    }
}
