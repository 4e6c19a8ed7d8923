package io.flowline.planning.engine;

/**
 * A planned order as a multi-level MRP run computes it, with the item and periods as indices into the run's input;
 * the service turns it into the tenant's stored {@code io.flowline.planning.PlannedOrder}.
 *
 * @param index          position in the run's planned orders, used by pegging
 * @param item           the item ordered
 * @param receiptPeriod  period it is due
 * @param releasePeriod  period it must be released (0 when past due)
 * @param quantity       quantity ordered
 */
public record MrpPlannedOrder(int index, int item, int receiptPeriod, int releasePeriod, double quantity) {
}
