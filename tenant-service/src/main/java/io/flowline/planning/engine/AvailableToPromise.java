package io.flowline.planning.engine;

import java.util.Optional;

/**
 * Available-to-promise from the master schedule, after the APICS Dictionary definitions.
 * Period 0 is the current period and holds the on-hand stock. A negative result means the
 * customer orders already booked exceed supply.
 */
public final class AvailableToPromise {

    private static final double EPSILON = 1e-9;

    private AvailableToPromise() {
    }

    /**
     * Discrete ATP. Period 0: on hand + MPS - customer orders until the next MPS receipt; each later
     * period with an MPS receipt: MPS - customer orders until the next one; every other period 0.
     * A negative block is taken from the ATP of the earlier blocks (working backwards) so that
     * booked orders stay covered, as Vollmann et al. and Jacobs & Chase do.
     */
    public static double[] discrete(double onHand, double[] masterSchedule, double[] customerOrders) {
        int periods = checkedLength(masterSchedule, customerOrders);
        double[] atp = new double[periods];
        int blockStart = 0;
        atp[0] = onHand;
        for (int t = 0; t < periods; t++) {
            if (t > 0 && masterSchedule[t] > 0) {
                blockStart = t;
            }
            atp[blockStart] += masterSchedule[t] - customerOrders[t];
        }
        for (int t = periods - 1; t > 0; t--) {
            if (atp[t] < 0) {
                int earlier = t - 1;
                while (earlier > 0 && masterSchedule[earlier] <= 0) {
                    earlier--;
                }
                atp[earlier] += atp[t];
                atp[t] = 0;
            }
        }
        return atp;
    }

    /** Cumulative ATP without look-ahead: previous ATP + MPS - customer orders of the period. */
    public static double[] cumulativeWithoutLookAhead(double onHand, double[] masterSchedule, double[] customerOrders) {
        int periods = checkedLength(masterSchedule, customerOrders);
        double[] atp = new double[periods];
        double cumulative = onHand;
        for (int t = 0; t < periods; t++) {
            cumulative += masterSchedule[t] - customerOrders[t];
            atp[t] = cumulative;
        }
        return atp;
    }

    /**
     * Cumulative ATP with look-ahead: the cumulative ATP less the later shortfalls it must cover,
     * i.e. the smallest cumulative ATP (without look-ahead) from this period to the horizon.
     */
    public static double[] cumulativeWithLookAhead(double onHand, double[] masterSchedule, double[] customerOrders) {
        double[] atp = cumulativeWithoutLookAhead(onHand, masterSchedule, customerOrders);
        for (int t = atp.length - 2; t >= 0; t--) {
            atp[t] = Math.min(atp[t], atp[t + 1]);
        }
        return atp;
    }

    /**
     * Two-level ATP for assemble-to-order: the earliest period the assembly can be promised.
     * Component c is ready in the first period its cumulative ATP reaches quantity x quantityPer[c];
     * the assembly follows assemblyLeadTime periods after the last component is ready.
     *
     * @param componentAtp per component, the quantity that becomes promisable in each period
     *                     (discrete ATP, or differences of cumulative ATP)
     * @return empty when some component does not reach the quantity within its horizon
     */
    public static Optional<AssemblyPromise> assembleToOrder(double[][] componentAtp, double[] quantityPer,
                                                            int assemblyLeadTime, double quantity) {
        if (componentAtp.length != quantityPer.length || componentAtp.length == 0) {
            throw new IllegalArgumentException("one quantity per for each of at least one component is needed");
        }
        if (assemblyLeadTime < 0 || quantity < 0) {
            throw new IllegalArgumentException("lead time and quantity must not be negative");
        }
        int latestReady = -1;
        int limitingComponent = -1;
        for (int c = 0; c < componentAtp.length; c++) {
            double needed = quantity * quantityPer[c];
            double available = 0;
            int ready = -1;
            for (int t = 0; t < componentAtp[c].length && ready < 0; t++) {
                available += componentAtp[c][t];
                if (available >= needed - EPSILON) {
                    ready = t;
                }
            }
            if (ready < 0) {
                return Optional.empty();
            }
            if (ready > latestReady) {
                latestReady = ready;
                limitingComponent = c;
            }
        }
        return Optional.of(new AssemblyPromise(latestReady + assemblyLeadTime, limitingComponent));
    }

    private static int checkedLength(double[] masterSchedule, double[] customerOrders) {
        if (masterSchedule.length != customerOrders.length || masterSchedule.length == 0) {
            throw new IllegalArgumentException("master schedule and customer orders need the same, non-zero length");
        }
        return masterSchedule.length;
    }
}
