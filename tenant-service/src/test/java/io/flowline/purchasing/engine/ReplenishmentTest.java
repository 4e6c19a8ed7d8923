package io.flowline.purchasing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReplenishmentTest {

    /** The population standard deviation textbook case: 2, 4, 4, 4, 5, 5, 7, 9 has mean 5 and sigma 2. */
    @Test
    void demandHasMeanAndPopulationStandardDeviation() {
        Replenishment.Demand demand = Replenishment.Demand.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
        assertEquals(5, demand.mean(), 1e-12);
        assertEquals(2, demand.standardDeviation(), 1e-12);
        assertEquals(new Replenishment.Demand(0, 0), Replenishment.Demand.of(new double[0]));
    }

    /**
     * Chopra and Meindl, Supply Chain Management, the Lego boxes at a Wal-Mart store: weekly demand N(2,500, 500), lead time two
     * weeks, cycle service level 90 %: sigma_L = sqrt(2) x 500 = 707, safety inventory = NORMSINV(0.9) x 707 = 906, reorder point
     * = 5,000 + 906. The formula does not care whether the period is a week or, as in Flowline, a day.
     */
    @Test
    void safetyStockFromAServiceLevelReproducesChoprasLegoExample() {
        Replenishment.ReorderPoint point = Replenishment.reorderPoint(new Replenishment.Demand(2500, 500), 2, 0.90, 123);
        assertEquals(906.2, point.safetyStock(), 0.05);
        assertEquals(5906.2, point.reorderPoint(), 0.05);
    }

    @Test
    void withoutAServiceLevelTheItemsOwnSafetyStockIsAdded() {
        Replenishment.ReorderPoint point = Replenishment.reorderPoint(new Replenishment.Demand(2500, 500), 2, Double.NaN, 123);
        assertEquals(123, point.safetyStock(), 0);
        assertEquals(5123, point.reorderPoint(), 0);
    }

    /**
     * The lot is the EOQ of Heizer and Render's textbook case (D = 1,000 units a year, S = $10, H = $0.50: Q* = 200), unless the
     * shortfall is larger; then the minimum order quantity and the order multiple apply, in that order.
     */
    @Test
    void orderQuantityTakesTheLotThenTheMinimumThenTheMultiple() {
        double eoq = InventoryPolicy.economicOrderQuantity(1000, 10, 0.5);
        assertEquals(200, Replenishment.orderQuantity(37, eoq, 0, 0), 1e-9);
        assertEquals(260, Replenishment.orderQuantity(260, eoq, 0, 0), 1e-9, "a shortfall beyond the lot is ordered in full");
        assertEquals(250, Replenishment.orderQuantity(37, eoq, 250, 0), 1e-9);
        assertEquals(216, Replenishment.orderQuantity(37, eoq, 0, 24), 1e-9, "200 rounded up to a multiple of 24");
        assertEquals(264, Replenishment.orderQuantity(37, eoq, 250, 24), 1e-9, "the minimum first, then the multiple");
        assertEquals(38, Replenishment.orderQuantity(37.2, 0, 0, 0), 1e-9, "a top-up is rounded up to a whole unit");
        assertEquals(37.5, Replenishment.orderQuantity(37.2, 0, 0, 0.5), 1e-9);
        assertEquals(200, Replenishment.orderQuantity(37, 200.0000000001, 0, 0), 1e-9, "no extra unit for floating-point dust");
    }
}
