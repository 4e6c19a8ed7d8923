package io.flowline.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether an item is produced in house or procured. */
public enum MakeOrBuy {
    MAKE, BUY;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MakeOrBuy> parse(String name) {
        return Arrays.stream(values()).filter(k -> k.apiName().equals(name)).findFirst();
    }
}
