package io.flowline.planning.engine;

/**
 * How an item's lots are sized: the rule, its parameters and the order modifiers applied after it.
 * A parameter of zero means "not set".
 *
 * @param rule                 the lot-sizing rule
 * @param fixedQuantity        the lot for {@link LotSizingRule#FIXED_ORDER_QUANTITY}; for
 *                             {@link LotSizingRule#ECONOMIC_ORDER_QUANTITY} it replaces the computed EOQ
 * @param periods              periods covered per order for {@link LotSizingRule#PERIOD_ORDER_QUANTITY};
 *                             zero derives them from the EOQ
 * @param minimumOrderQuantity every order is raised to at least this quantity
 * @param orderMultiple        every order is rounded up to a multiple of this quantity
 * @param precision            how finely the item's unit counts: every order is rounded up to it last, and a shortfall
 *                             within its tolerance is no shortfall
 */
public record LotSizingPolicy(LotSizingRule rule, double fixedQuantity, int periods,
                              double minimumOrderQuantity, double orderMultiple, QuantityPrecision precision) {

    public LotSizingPolicy {
        if (rule == null) {
            throw new IllegalArgumentException("rule is required");
        }
        if (fixedQuantity < 0 || periods < 0 || minimumOrderQuantity < 0 || orderMultiple < 0) {
            throw new IllegalArgumentException("lot-sizing parameters must not be negative");
        }
        if (rule == LotSizingRule.FIXED_ORDER_QUANTITY && fixedQuantity <= 0) {
            throw new IllegalArgumentException("fixed order quantity needs a positive fixed quantity");
        }
        if (precision == null) {
            precision = QuantityPrecision.CONTINUOUS;
        }
    }

    /** A policy for quantities without a unit (continuous). */
    public LotSizingPolicy(LotSizingRule rule, double fixedQuantity, int periods, double minimumOrderQuantity, double orderMultiple) {
        this(rule, fixedQuantity, periods, minimumOrderQuantity, orderMultiple, QuantityPrecision.CONTINUOUS);
    }

    public static LotSizingPolicy of(LotSizingRule rule) {
        return new LotSizingPolicy(rule, 0, 0, 0, 0);
    }

    public static LotSizingPolicy lotForLot() {
        return of(LotSizingRule.LOT_FOR_LOT);
    }

    public static LotSizingPolicy fixedOrderQuantity(double quantity) {
        return new LotSizingPolicy(LotSizingRule.FIXED_ORDER_QUANTITY, quantity, 0, 0, 0);
    }

    public static LotSizingPolicy periodOrderQuantity(int periods) {
        return new LotSizingPolicy(LotSizingRule.PERIOD_ORDER_QUANTITY, 0, periods, 0, 0);
    }

    public LotSizingPolicy withMinimumOrderQuantity(double quantity) {
        return new LotSizingPolicy(rule, fixedQuantity, periods, quantity, orderMultiple, precision);
    }

    public LotSizingPolicy withOrderMultiple(double multiple) {
        return new LotSizingPolicy(rule, fixedQuantity, periods, minimumOrderQuantity, multiple, precision);
    }

    public LotSizingPolicy withPrecision(QuantityPrecision unit) {
        return new LotSizingPolicy(rule, fixedQuantity, periods, minimumOrderQuantity, orderMultiple, unit);
    }
}
