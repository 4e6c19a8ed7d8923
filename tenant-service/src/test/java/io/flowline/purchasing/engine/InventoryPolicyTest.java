package io.flowline.purchasing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InventoryPolicyTest {

    /** Standard normal quantiles to double precision, the accuracy Wichura (1988) claims for AS 241. */
    @Test
    void inverseStandardNormalMatchesKnownQuantiles() {
        assertEquals(1.6448536269514722, InventoryPolicy.inverseStandardNormal(0.95), 2e-15);
        assertEquals(1.959963984540054, InventoryPolicy.inverseStandardNormal(0.975), 2e-15);
        assertEquals(0, InventoryPolicy.inverseStandardNormal(0.5), 0);
        // tails use AS 241's second and third rational approximations
        assertEquals(-2.3263478740408408, InventoryPolicy.inverseStandardNormal(0.01), 2e-15);
        assertEquals(3.090232306167813, InventoryPolicy.inverseStandardNormal(0.999), 2e-15);
        assertEquals(-6.361340902404056, InventoryPolicy.inverseStandardNormal(1e-10), 1e-13);
        assertEquals(-InventoryPolicy.inverseStandardNormal(0.3), InventoryPolicy.inverseStandardNormal(0.7), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> InventoryPolicy.inverseStandardNormal(1));
    }

    /**
     * Heizer &amp; Render, "Operations Management" (EOQ example, Sharp, Inc.): annual demand 1,000 units,
     * ordering cost $10, holding cost $0.50 per unit per year; published Q* = 200 units.
     */
    @Test
    void economicOrderQuantityReproducesTheTextbookExample() {
        assertEquals(200, InventoryPolicy.economicOrderQuantity(1000, 10, 0.5), 1e-9);
    }

    @Test
    void reorderPointAddsSafetyStockToLeadTimeDemand() {
        // 95 % cycle service level: z = 1.6449, sigma 20 -> 32.90 safety stock; mean 100 -> 132.90
        assertEquals(32.897072539029444, InventoryPolicy.safetyStock(0.95, 20), 1e-9);
        assertEquals(132.897072539029444, InventoryPolicy.reorderPoint(100, 0.95, 20), 1e-9);
    }
}
