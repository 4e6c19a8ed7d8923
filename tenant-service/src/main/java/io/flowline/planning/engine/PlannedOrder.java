package io.flowline.planning.engine;

/**
 * A planned order from a multi-level MRP run.
 *
 * @param index          position in the run's planned orders, used by pegging
 * @param item           the item ordered
 * @param receiptPeriod  period it is due
 * @param releasePeriod  period it must be released (0 when past due)
 * @param quantity       quantity ordered
 */
public record PlannedOrder(int index, int item, int receiptPeriod, int releasePeriod, double quantity) {
}
