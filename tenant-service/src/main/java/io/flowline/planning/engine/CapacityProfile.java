package io.flowline.planning.engine;

import java.util.List;

/**
 * Load against capacity, indexed [work centre][bucket].
 *
 * @param loadHours      hours required
 * @param availableHours hours available
 * @param overloads      every (work centre, bucket) whose load exceeds what is available
 */
public record CapacityProfile(double[][] loadHours, double[][] availableHours, List<CapacityOverload> overloads) {

    /** Load as a fraction of capacity; infinite when load meets no capacity. */
    public double utilization(int workCenter, int bucket) {
        double available = availableHours[workCenter][bucket];
        double load = loadHours[workCenter][bucket];
        return available > 0 ? load / available : load > 0 ? Double.POSITIVE_INFINITY : 0;
    }
}
