package io.flowline.planning.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Capacity requirements planning (infinite loading): each order loads setup + run hours x quantity
 * onto the work centre of every routing operation in the order's bucket, compared with what each
 * centre has available.
 */
public final class CapacityRequirements {

    private static final double EPSILON = 1e-9;

    private CapacityRequirements() {
    }

    /**
     * Available hours per bucket: hours per day x machines x efficiency x working days in the bucket.
     */
    public static double[] availableHours(double hoursPerDay, int machines, double efficiency, double[] workingDays) {
        if (hoursPerDay < 0 || machines < 0 || efficiency < 0) {
            throw new IllegalArgumentException("hours, machines and efficiency must not be negative");
        }
        double[] hours = new double[workingDays.length];
        for (int b = 0; b < workingDays.length; b++) {
            hours[b] = hoursPerDay * machines * efficiency * workingDays[b];
        }
        return hours;
    }

    /** @param availableHours per work centre, per bucket */
    public static CapacityProfile calculate(List<CapacityOrder> orders, double[][] availableHours) {
        int workCenters = availableHours.length;
        int buckets = workCenters == 0 ? 0 : availableHours[0].length;
        double[][] load = new double[workCenters][buckets];
        for (CapacityOrder order : orders) {
            if (order.bucket() >= buckets) {
                throw new IllegalArgumentException("order bucket " + order.bucket() + " is outside the horizon");
            }
            for (CapacityOperation operation : order.operations()) {
                if (operation.workCenter() >= workCenters) {
                    throw new IllegalArgumentException("unknown work centre " + operation.workCenter());
                }
                load[operation.workCenter()][order.bucket()] +=
                        operation.setupHours() + operation.runHoursPerUnit() * order.quantity();
            }
        }
        List<CapacityOverload> overloads = new ArrayList<>();
        for (int w = 0; w < workCenters; w++) {
            if (availableHours[w].length != buckets) {
                throw new IllegalArgumentException("every work centre needs the same number of buckets");
            }
            for (int b = 0; b < buckets; b++) {
                if (load[w][b] > availableHours[w][b] + EPSILON) {
                    overloads.add(new CapacityOverload(w, b, load[w][b], availableHours[w][b]));
                }
            }
        }
        return new CapacityProfile(load, availableHours, overloads);
    }
}
