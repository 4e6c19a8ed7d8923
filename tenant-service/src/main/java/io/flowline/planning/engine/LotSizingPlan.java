package io.flowline.planning.engine;

/**
 * Orders chosen by lot sizing and what they cost.
 *
 * @param orders            quantity received in each period (no lead-time offset)
 * @param totalCost         ordering plus holding cost
 * @param orderingCostTotal ordering cost of every period with an order
 * @param holdingCostTotal  holding cost on the inventory left at the end of each period
 */
public record LotSizingPlan(double[] orders, double totalCost, double orderingCostTotal, double holdingCostTotal) {
}
