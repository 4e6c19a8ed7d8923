package io.flowline.planning.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-computed examples of the APICS Dictionary ATP definitions as implemented. */
class AvailableToPromiseTest {

    private static final double DELTA = 1e-9;

    @Test
    void discreteAtpIsKeptInMasterSchedulePeriods() {
        // blocks: period 0: 20 + 0 - 10 = 10; periods 1-2: 100 - 30 - 20 = 50; period 3: 100 - 40 = 60
        double[] atp = AvailableToPromise.discrete(20, new double[]{0, 100, 0, 100}, new double[]{10, 30, 20, 40});
        assertArrayEquals(new double[]{10, 50, 0, 60}, atp, DELTA);
    }

    @Test
    void discreteShortfallIsTakenFromEarlierAtp() {
        // blocks: 50 - 30 = 20; 100 - 90 = 10; 100 - 110 = -10, which the block of period 1 absorbs
        double[] atp = AvailableToPromise.discrete(50, new double[]{0, 100, 0, 0, 100, 0},
                new double[]{30, 40, 30, 20, 60, 50});
        assertArrayEquals(new double[]{20, 0, 0, 0, 0, 0}, atp, DELTA);
    }

    @Test
    void cumulativeAtpWithAndWithoutLookAhead() {
        double[] masterSchedule = {0, 100, 0, 0, 100, 0};
        double[] customerOrders = {30, 40, 30, 20, 60, 50};
        // running on hand + MPS - orders
        assertArrayEquals(new double[]{20, 80, 50, 30, 70, 20},
                AvailableToPromise.cumulativeWithoutLookAhead(50, masterSchedule, customerOrders), DELTA);
        // promising more than 20 anywhere would leave period 5's orders short
        assertArrayEquals(new double[]{20, 20, 20, 20, 20, 20},
                AvailableToPromise.cumulativeWithLookAhead(50, masterSchedule, customerOrders), DELTA);
        assertArrayEquals(new double[]{10, 60, 60, 120},
                AvailableToPromise.cumulativeWithLookAhead(20, new double[]{0, 100, 0, 100}, new double[]{10, 30, 20, 40}),
                DELTA);
    }

    @Test
    void assembleToOrderWaitsForTheLastComponent() {
        double[][] componentAtp = {{5, 10, 10, 0}, {20, 0, 0, 0}, {0, 0, 4, 10}};
        double[] quantityPer = {2, 1, 1};
        // 10 assemblies need 20, 10, 10: ready in periods 2, 0, 3; plus one period to assemble
        assertEquals(Optional.of(new AssemblyPromise(4, 2)),
                AvailableToPromise.assembleToOrder(componentAtp, quantityPer, 1, 10));
        assertTrue(AvailableToPromise.assembleToOrder(componentAtp, quantityPer, 1, 100).isEmpty());
    }
}
