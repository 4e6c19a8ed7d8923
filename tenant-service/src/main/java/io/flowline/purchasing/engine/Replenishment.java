package io.flowline.purchasing.engine;

/**
 * Reorder-point replenishment for one item: the demand statistics of its history, the reorder point with its safety
 * stock, and the quantity to order once the inventory position (available + on order) falls below that point.
 */
public final class Replenishment {
    private static final double EPSILON = 1e-9;

    private Replenishment() {
    }

    /** Mean and population standard deviation of demand per day (or per any period the caller counts in). */
    public record Demand(double mean, double standardDeviation) {
        /** From one demand figure per day of the look-back window, days without demand included as 0. */
        public static Demand of(double[] daily) {
            if (daily.length == 0) {
                return new Demand(0, 0);
            }
            double sum = 0;
            for (double d : daily) {
                sum += d;
            }
            double mean = sum / daily.length;
            double squares = 0;
            for (double d : daily) {
                squares += (d - mean) * (d - mean);
            }
            return new Demand(mean, Math.sqrt(squares / daily.length));
        }
    }

    public record ReorderPoint(double safetyStock, double reorderPoint) {
    }

    /**
     * Mean demand over the lead time plus safety stock. With a cycle service level, the safety stock is
     * z x sigma x sqrt(lead time) for demand independent from period to period (the lead-time demand's sigma);
     * without one, the item's own safety stock.
     *
     * @param serviceLevel the cycle service level, or NaN for none
     */
    public static ReorderPoint reorderPoint(Demand demand, double leadTime, double serviceLevel, double ownSafetyStock) {
        if (leadTime < 0) {
            throw new IllegalArgumentException("lead time must not be negative");
        }
        double safety = Double.isNaN(serviceLevel) ? ownSafetyStock
                : Math.max(0, InventoryPolicy.safetyStock(serviceLevel, demand.standardDeviation() * Math.sqrt(leadTime)));
        return new ReorderPoint(safety, demand.mean() * leadTime + safety);
    }

    /**
     * The quantity to order: at least what brings the position back to the reorder point ({@code shortfall}) and at
     * least the rule's lot (the EOQ or fixed quantity; 0 for a plain top-up), then at least the minimum order quantity,
     * then rounded up to the order multiple, or to a whole unit when there is none.
     */
    public static double orderQuantity(double shortfall, double lot, double minimum, double multiple) {
        double quantity = Math.max(Math.max(shortfall, lot), minimum);
        if (multiple > 0) {
            return Math.ceil(quantity / multiple - EPSILON) * multiple;
        }
        return Math.ceil(quantity - EPSILON);
    }
}
