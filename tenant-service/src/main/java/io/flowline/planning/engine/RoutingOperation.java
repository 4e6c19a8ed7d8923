package io.flowline.planning.engine;

/**
 * One routing step of an item.
 *
 * @param workCenter        index of the work centre that performs it
 * @param setupHours        hours per order, independent of quantity
 * @param runHoursPerUnit   hours per unit produced
 */
public record RoutingOperation(int workCenter, double setupHours, double runHoursPerUnit) {

    public RoutingOperation {
        if (workCenter < 0 || setupHours < 0 || runHoursPerUnit < 0) {
            throw new IllegalArgumentException("work centre index and hours must not be negative");
        }
    }
}
