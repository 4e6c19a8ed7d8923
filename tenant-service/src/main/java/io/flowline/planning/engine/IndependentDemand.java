package io.flowline.planning.engine;

/**
 * Independent demand lines (customer orders, forecast) as parallel arrays; {@code reference[l]}
 * identifies the line to the caller and is what pegging reports.
 */
public record IndependentDemand(int[] item, int[] period, double[] quantity, long[] reference) {

    public IndependentDemand {
        int lines = item.length;
        if (period.length != lines || quantity.length != lines || reference.length != lines) {
            throw new IllegalArgumentException("demand arrays must have the same length");
        }
        for (int l = 0; l < lines; l++) {
            if (quantity[l] < 0) {
                throw new IllegalArgumentException("demand quantity must not be negative (line " + l + ")");
            }
        }
    }

    public int lines() {
        return item.length;
    }
}
