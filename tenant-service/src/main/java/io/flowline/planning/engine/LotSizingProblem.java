package io.flowline.planning.engine;

/**
 * Net requirements to be covered by orders, with the costs that lot sizing trades off.
 * Arrays are used as given (not copied) because the engine runs in tight loops.
 *
 * @param demand           net requirement per period
 * @param orderingCost     cost of placing an order in each period
 * @param holdingCost      cost per unit left in stock at the end of each period
 * @param initialInventory stock available before period 0
 */
public record LotSizingProblem(double[] demand, double[] orderingCost, double[] holdingCost,
                               double initialInventory) {

    public LotSizingProblem {
        int periods = demand.length;
        if (orderingCost.length != periods || holdingCost.length != periods) {
            throw new IllegalArgumentException("ordering and holding costs need one value per period");
        }
        for (int t = 0; t < periods; t++) {
            if (demand[t] < 0 || orderingCost[t] < 0 || holdingCost[t] < 0) {
                throw new IllegalArgumentException("demand and costs must not be negative (period " + t + ")");
            }
        }
    }

    /** Same ordering and holding cost in every period, no initial inventory. */
    public static LotSizingProblem of(double[] demand, double orderingCost, double holdingCost) {
        return new LotSizingProblem(demand, constant(orderingCost, demand.length),
                constant(holdingCost, demand.length), 0);
    }

    public LotSizingProblem withInitialInventory(double inventory) {
        return new LotSizingProblem(demand, orderingCost, holdingCost, inventory);
    }

    public int periods() {
        return demand.length;
    }

    private static double[] constant(double value, int periods) {
        double[] values = new double[periods];
        java.util.Arrays.fill(values, value);
        return values;
    }
}
