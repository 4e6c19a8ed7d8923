package io.flowline.planning.engine;

/**
 * One routing step of an item as capacity planning loads it: the catalog's routing operation reduced to the index of
 * its work centre and its hours.
 *
 * @param workCenter        index of the work centre that performs it
 * @param setupHours        hours per order, independent of quantity
 * @param runHoursPerUnit   hours per unit produced
 */
public record CapacityOperation(int workCenter, double setupHours, double runHoursPerUnit) {

    public CapacityOperation {
        if (workCenter < 0 || setupHours < 0 || runHoursPerUnit < 0) {
            throw new IllegalArgumentException("work centre index and hours must not be negative");
        }
    }
}
