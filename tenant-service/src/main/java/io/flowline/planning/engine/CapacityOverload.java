package io.flowline.planning.engine;

/** A work centre whose load exceeds its available hours in a bucket. */
public record CapacityOverload(int workCenter, int bucket, double loadHours, double availableHours) {

    public double excessHours() {
        return loadHours - availableHours;
    }
}
