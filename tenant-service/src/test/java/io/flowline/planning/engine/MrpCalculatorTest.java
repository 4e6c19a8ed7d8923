package io.flowline.planning.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MrpCalculatorTest {

    private static final double DELTA = 1e-9;
    private static final double[] GROSS = {20, 15, 30, 10, 25, 40, 20, 30};

    /**
     * Hand-computed record: on hand 40, safety stock 10, lead time 2, 30 scheduled for period 1.
     * Period 2: 35 available, 30 + 10 needed -> net 5; from then on each period nets its gross.
     */
    @Test
    void lotForLotRecordWithSafetyStockAndScheduledReceipt() {
        PlanningItem item = PlanningItem.lotForLot(2, 40, 10).withScheduledReceipts(new double[]{0, 30, 0, 0, 0, 0, 0, 0});
        MrpRecord record = MrpCalculator.calculate(item, GROSS);

        assertArrayEquals(new double[]{20, 35, 10, 10, 10, 10, 10, 10}, record.projectedAvailable(), DELTA);
        assertArrayEquals(new double[]{0, 0, 5, 10, 25, 40, 20, 30}, record.netRequirements(), DELTA);
        assertArrayEquals(record.netRequirements(), record.plannedOrderReceipts(), DELTA);
        assertArrayEquals(new double[]{5, 10, 25, 40, 20, 30, 0, 0}, record.plannedOrderReleases(), DELTA);
        // the receipt in period 1 is needed in period 1 (40 on hand - 35 gross < 10 safety stock): no message
        assertEquals(List.of(new MrpException(MrpExceptionType.RELEASE_NOW, 0, 2, 5)), record.exceptions());
    }

    /**
     * Hand-computed, fixed order quantity 50 on the same data: 5 short in period 2 -> 50 (55 left,
     * lasting to period 4 with 20), 30 short in period 5 -> 50, 30 short in period 7 -> 50.
     */
    @Test
    void fixedOrderQuantityRecordCarriesTheSurplus() {
        PlanningItem item = PlanningItem.lotForLot(2, 40, 10)
                .withScheduledReceipts(new double[]{0, 30, 0, 0, 0, 0, 0, 0})
                .withLotSizing(LotSizingPolicy.fixedOrderQuantity(50), 0, 0);
        MrpRecord record = MrpCalculator.calculate(item, GROSS);

        assertArrayEquals(new double[]{0, 0, 50, 0, 0, 50, 0, 50}, record.plannedOrderReceipts(), DELTA);
        assertArrayEquals(new double[]{20, 35, 55, 45, 20, 30, 10, 30}, record.projectedAvailable(), DELTA);
        assertArrayEquals(new double[]{0, 0, 5, 0, 0, 30, 0, 30}, record.netRequirements(), DELTA);
        assertArrayEquals(new double[]{50, 0, 0, 50, 0, 50, 0, 0}, record.plannedOrderReleases(), DELTA);
    }

    @Test
    void releaseBeforeTheFirstPeriodIsPastDueAndReleasedNow() {
        MrpRecord record = MrpCalculator.calculate(PlanningItem.lotForLot(3, 0, 0), new double[]{0, 50, 0, 0});

        assertArrayEquals(new double[]{50, 0, 0, 0}, record.plannedOrderReleases(), DELTA);
        MrpException pastDue = new MrpException(MrpExceptionType.PAST_DUE, 0, 1, 50);
        assertEquals(List.of(pastDue), record.exceptions());
        assertTrue(pastDue.message().contains("past due"));
    }

    @Test
    void lateScheduledReceiptIsExpedited() {
        PlanningItem item = PlanningItem.lotForLot(0, 0, 0).withScheduledReceipts(new double[]{0, 0, 0, 20, 0});
        MrpRecord record = MrpCalculator.calculate(item, new double[]{0, 20, 0, 0, 0});

        MrpException expedite = new MrpException(MrpExceptionType.EXPEDITE, 3, 1, 20);
        assertEquals(List.of(expedite), record.exceptions());
        assertEquals("Expedite scheduled receipt of 20 from period 3 to period 1.", expedite.message());
        // the receipt is firm, so MRP covers the gap until the planner reschedules it
        assertArrayEquals(new double[]{0, 20, 0, 0, 0}, record.plannedOrderReceipts(), DELTA);
    }

    @Test
    void earlyScheduledReceiptIsDeExpedited() {
        PlanningItem item = PlanningItem.lotForLot(0, 0, 0).withScheduledReceipts(new double[]{0, 20, 0, 0, 0});
        MrpRecord record = MrpCalculator.calculate(item, new double[]{0, 0, 0, 20, 0});

        assertEquals(List.of(new MrpException(MrpExceptionType.DE_EXPEDITE, 1, 3, 20)), record.exceptions());
    }

    @Test
    void unneededScheduledReceiptIsCancelled() {
        PlanningItem item = PlanningItem.lotForLot(0, 10, 0).withScheduledReceipts(new double[]{0, 5, 0});
        MrpRecord record = MrpCalculator.calculate(item, new double[]{10, 0, 0});

        assertEquals(List.of(new MrpException(MrpExceptionType.CANCEL, 1, 1, 5)), record.exceptions());
    }

    @Test
    void randomRecordsKeepSafetyStockAndCoverNetRequirements() {
        Random random = new Random(3L);
        LotSizingRule[] rules = LotSizingRule.values();
        for (int trial = 0; trial < 500; trial++) {
            int periods = 1 + random.nextInt(26);
            double[] gross = new double[periods];
            double[] scheduled = new double[periods];
            for (int t = 0; t < periods; t++) {
                gross[t] = random.nextDouble() < 0.3 ? 0 : random.nextInt(80);
                scheduled[t] = random.nextDouble() < 0.15 ? random.nextInt(60) : 0;
            }
            LotSizingRule rule = rules[random.nextInt(rules.length)];
            LotSizingPolicy policy = new LotSizingPolicy(rule, 1 + random.nextInt(100), 0,
                    random.nextBoolean() ? random.nextInt(50) : 0, random.nextBoolean() ? 1 + random.nextInt(20) : 0);
            double safetyStock = random.nextInt(30);
            PlanningItem item = new PlanningItem(random.nextInt(4), random.nextInt(60) - 10, safetyStock, scheduled,
                    policy, 1 + random.nextInt(200), 0.1 + random.nextDouble());
            MrpRecord record = MrpCalculator.calculate(item, gross);

            double released = 0;
            double received = 0;
            for (int t = 0; t < periods; t++) {
                assertTrue(record.projectedAvailable()[t] >= safetyStock - 1e-6, "below safety stock, trial " + trial);
                released += record.plannedOrderReleases()[t];
                received += record.plannedOrderReceipts()[t];
            }
            assertEquals(received, released, 1e-6);
            if (rule == LotSizingRule.LOT_FOR_LOT && policy.minimumOrderQuantity() == 0 && policy.orderMultiple() == 0) {
                assertArrayEquals(record.netRequirements(), record.plannedOrderReceipts(), 1e-9);
            }
        }
    }
}
