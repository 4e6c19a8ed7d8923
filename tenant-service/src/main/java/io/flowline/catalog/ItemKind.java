package io.flowline.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an item is; the API spells it in snake_case. */
public enum ItemKind {
    PRODUCT, SEMI_FINISHED, MATERIAL, SERVICE;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ItemKind> parse(String name) {
        return Arrays.stream(values()).filter(k -> k.apiName().equals(name)).findFirst();
    }

    public static String allNames() {
        return Arrays.stream(values()).map(ItemKind::apiName).collect(Collectors.joining(", "));
    }
}
