package io.flowline.planning.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed capacity requirements. */
class CapacityRequirementsTest {

    @Test
    void loadsSetupAndRunHoursAndListsOverloads() {
        double[][] available = {
                CapacityRequirements.availableHours(8, 2, 0.9, new double[]{5, 4, 5}),
                CapacityRequirements.availableHours(8, 1, 0.5, new double[]{1, 1, 1})};
        List<CapacityOrder> orders = List.of(
                new CapacityOrder(0, 10, List.of(new CapacityOperation(0, 2, 0.5), new CapacityOperation(1, 1, 0.25))),
                new CapacityOrder(0, 20, List.of(new CapacityOperation(0, 1, 0.5))),
                new CapacityOrder(2, 4, List.of(new CapacityOperation(1, 0.5, 1))));

        CapacityProfile profile = CapacityRequirements.calculate(orders, available);

        // 8 h x 2 machines x 90 % x 5 days = 72
        assertArrayEquals(new double[]{72, 57.6, 72}, available[0], 1e-9);
        // work centre 0, bucket 0: (2 + 10 x 0.5) + (1 + 20 x 0.5) = 18
        assertArrayEquals(new double[]{18, 0, 0}, profile.loadHours()[0], 1e-9);
        // work centre 1: 1 + 10 x 0.25 = 3.5 in bucket 0; 0.5 + 4 x 1 = 4.5 in bucket 2
        assertArrayEquals(new double[]{3.5, 0, 4.5}, profile.loadHours()[1], 1e-9);
        assertEquals(List.of(new CapacityOverload(1, 2, 4.5, 4)), profile.overloads());
        assertEquals(0.5, profile.overloads().get(0).excessHours(), 1e-9);
        assertEquals(0.875, profile.utilization(1, 0), 1e-9);
    }
}
