package io.flowline.planning.engine;

/** The lot-sizing rules an item can be planned with. */
public enum LotSizingRule {
    LOT_FOR_LOT,
    FIXED_ORDER_QUANTITY,
    ECONOMIC_ORDER_QUANTITY,
    PERIOD_ORDER_QUANTITY,
    LEAST_UNIT_COST,
    LEAST_TOTAL_COST,
    PART_PERIOD_BALANCING,
    SILVER_MEAL,
    WAGNER_WHITIN
}
