package io.flowline.planning.engine;

/**
 * What MRP needs to know about one item.
 *
 * @param leadTime           periods between releasing and receiving an order
 * @param onHand             stock before period 0
 * @param safetyStock        stock to keep at the end of every period
 * @param scheduledReceipts  open orders due per period; an empty array means none
 * @param lotSizing          how planned orders are sized
 * @param orderingCost       cost per order, for cost-based lot-sizing rules
 * @param holdingCost        cost per unit per period, for cost-based lot-sizing rules
 */
public record PlanningItem(int leadTime, double onHand, double safetyStock, double[] scheduledReceipts,
                           LotSizingPolicy lotSizing, double orderingCost, double holdingCost) {

    private static final double[] NO_RECEIPTS = new double[0];

    public PlanningItem {
        if (leadTime < 0 || safetyStock < 0 || orderingCost < 0 || holdingCost < 0) {
            throw new IllegalArgumentException("lead time, safety stock and costs must not be negative");
        }
        if (lotSizing == null) {
            throw new IllegalArgumentException("lot sizing is required");
        }
        if (scheduledReceipts == null) {
            scheduledReceipts = NO_RECEIPTS;
        }
    }

    /** A lot-for-lot item without scheduled receipts. */
    public static PlanningItem lotForLot(int leadTime, double onHand, double safetyStock) {
        return new PlanningItem(leadTime, onHand, safetyStock, NO_RECEIPTS, LotSizingPolicy.lotForLot(), 0, 0);
    }

    public PlanningItem withScheduledReceipts(double[] receipts) {
        return new PlanningItem(leadTime, onHand, safetyStock, receipts, lotSizing, orderingCost, holdingCost);
    }

    /** The item with stock added to what is on hand (stock held for a demand this plan covers). */
    public PlanningItem withMoreOnHand(double stock) {
        return new PlanningItem(leadTime, onHand + stock, safetyStock, scheduledReceipts, lotSizing, orderingCost, holdingCost);
    }

    public PlanningItem withLotSizing(LotSizingPolicy policy, double ordering, double holding) {
        return new PlanningItem(leadTime, onHand, safetyStock, scheduledReceipts, policy, ordering, holding);
    }

    double scheduledReceipt(int period) {
        return period < scheduledReceipts.length ? scheduledReceipts[period] : 0;
    }
}
