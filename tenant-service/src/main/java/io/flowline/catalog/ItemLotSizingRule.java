package io.flowline.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The lot-sizing rule an item is planned with, by the same names as the planning engine's
 * {@code LotSizingRule} (a unit test keeps the two lists equal); the catalog does not depend on
 * planning, planning reads the catalog.
 */
public enum ItemLotSizingRule {
    LOT_FOR_LOT,
    FIXED_ORDER_QUANTITY,
    ECONOMIC_ORDER_QUANTITY,
    PERIOD_ORDER_QUANTITY,
    LEAST_UNIT_COST,
    LEAST_TOTAL_COST,
    PART_PERIOD_BALANCING,
    SILVER_MEAL,
    WAGNER_WHITIN;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ItemLotSizingRule> parse(String name) {
        return Arrays.stream(values()).filter(k -> k.apiName().equals(name)).findFirst();
    }

    public static String allNames() {
        return Arrays.stream(values()).map(ItemLotSizingRule::apiName).collect(Collectors.joining(", "));
    }
}
