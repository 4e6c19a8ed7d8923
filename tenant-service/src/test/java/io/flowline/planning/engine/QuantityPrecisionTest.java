package io.flowline.planning.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Quantities of a counted unit (issue 12): planned orders are rounded up to the unit's precision after lot sizing and the
 * order modifiers (the APICS Dictionary's order-quantity modifiers: minimum, multiple, and rounding), and a requirement
 * within half a step of zero is rounding left over by adding doubles, not a requirement: no order, no peg, no message.
 */
class QuantityPrecisionTest {

    private static final double DELTA = 1e-9;
    private static final QuantityPrecision PIECES = QuantityPrecision.ofDecimals(0);
    private static final QuantityPrecision KILOGRAMS = QuantityPrecision.ofDecimals(3);

    @Test
    void roundsUpToWholeStepsButNotRoundingNoise() {
        assertEquals(29, PIECES.roundUp(28.884004));
        assertEquals(3, PIECES.roundUp(3.0000002), "2e-7 of a piece more is rounding, not a fourth piece");
        assertEquals(28.885, KILOGRAMS.roundUp(28.8841));
        assertEquals(0.3, KILOGRAMS.roundUp(0.1 + 0.2), "0.30000000000000004 is 0.3 kg");
        assertEquals(28.884004, QuantityPrecision.CONTINUOUS.roundUp(28.884004));
        assertEquals(0.5, PIECES.tolerance());
        assertEquals(0.0005, KILOGRAMS.tolerance());
        assertEquals(1e-9, QuantityPrecision.CONTINUOUS.tolerance());
    }

    @Test
    void formatsAsTheUnitWritesQuantities() {
        assertEquals("0", PIECES.format(2.0000000011677344E-7));
        assertEquals("0", QuantityPrecision.CONTINUOUS.format(2.0000000011677344E-7));
        assertEquals("29", PIECES.format(29));
        assertEquals("12.5", KILOGRAMS.format(12.5));
        assertEquals("28.885", KILOGRAMS.format(28.885000000000002));
        assertEquals("6000", KILOGRAMS.format(6000));
        assertEquals("Release planned order of 28.885 now, due in period 2.",
                new MrpException(MrpExceptionType.RELEASE_NOW, 0, 2, 28.885000000000002).message(KILOGRAMS));
    }

    /** The example: an EOQ item in pieces was planned as 28.884004 pieces; its lots are 29 and multiples of 29. */
    @Test
    void economicOrderQuantityInPiecesIsOrderedInWholePieces() {
        LotSizingPolicy eoq = new LotSizingPolicy(LotSizingRule.ECONOMIC_ORDER_QUANTITY, 28.884004, 0, 0, 0, PIECES);
        double[] orders = LotSizing.orders(LotSizingProblem.of(new double[] {20, 20, 20, 20, 70}, 50, 1), eoq);

        // 20 short -> 29 (9 left); 11 short -> 29 (18 left); 2 short -> 29 (27 left); 27 cover 20; 63 short -> 3 x 29
        assertArrayEquals(new double[] {29, 29, 29, 0, 87}, orders, DELTA);
    }

    /** Wilson's EOQ of demand 10 a period, S = 50, h = 1 is sqrt(1000) = 31.62...: ordered as 32 pieces. */
    @Test
    void computedEconomicOrderQuantityIsRoundedUpBeforeItsMultiples() {
        LotSizingProblem problem = LotSizingProblem.of(new double[] {10, 10, 10, 10, 10, 10, 10}, 50, 1);
        assertEquals(Math.sqrt(1000), LotSizing.economicOrderQuantity(problem), DELTA);
        double[] orders = LotSizing.orders(problem, LotSizingPolicy.of(LotSizingRule.ECONOMIC_ORDER_QUANTITY).withPrecision(PIECES));

        // 32 cover three periods and leave 2, short in the fourth: 32 again, and again in the seventh
        assertArrayEquals(new double[] {32, 0, 0, 32, 0, 0, 32}, orders, DELTA);
    }

    /** A multiple of 0.1 kg comes out of the multiplication as 0.30000000000000004 kg; the precision makes it 0.3. */
    @Test
    void orderMultiplesComeOutAsTheUnitWritesThem() {
        LotSizingPolicy policy = LotSizingPolicy.lotForLot().withOrderMultiple(0.1).withPrecision(KILOGRAMS);
        double[] orders = LotSizing.orders(LotSizingProblem.of(new double[] {0.25}, 0, 0), policy);

        assertEquals(0.3, orders[0]);
        assertEquals("0.3", KILOGRAMS.format(orders[0]));
    }

    /** The worked example: 0.3 on hand against requirements of 0.1 and 0.2 leaves nothing to order, not 5.6e-17. */
    @Test
    void lotForLotLeavesNoResidueOrderAfterStockCoversTheRequirements() {
        double[] gross = {0.1, 0.2};
        PlanningItem counted = PlanningItem.lotForLot(0, 0.3, 0).withLotSizing(LotSizingPolicy.lotForLot().withPrecision(KILOGRAMS), 0, 0);
        MrpRecord record = MrpCalculator.calculate(counted, gross);

        assertArrayEquals(new double[] {0, 0}, record.plannedOrderReceipts());
        assertEquals(List.of(), record.exceptions());
        // why: without a unit the same arithmetic leaves a residue, which continuous quantities keep to stay exact
        MrpRecord continuous = MrpCalculator.calculate(PlanningItem.lotForLot(0, 0.3, 0), gross);
        assertTrue(continuous.plannedOrderReceipts()[1] > 0 && continuous.plannedOrderReceipts()[1] < 1e-15);
    }

    /** The issue: a requirement of 2.0000000011677344E-7 pieces became a planned order of 0 with a past-due message. */
    @Test
    void aRequirementWithinHalfAPieceOfZeroIsNoProposalAndNoMessage() {
        PlanningItem bottles = new PlanningItem(2, 999.9999998, 0, null, LotSizingPolicy.lotForLot().withPrecision(PIECES), 0, 0);
        MrpRecord record = MrpCalculator.calculate(bottles, new double[] {1000, 0, 0});

        assertArrayEquals(new double[] {0, 0, 0}, record.plannedOrderReceipts());
        assertEquals(List.of(), record.exceptions());
    }

    /** Half a piece short is carried: it is ordered with the next requirement, rounded up to whole pieces. */
    @Test
    void aShortfallBelowHalfAStepIsCoveredWithTheNextOrder() {
        LotSizingPolicy policy = LotSizingPolicy.lotForLot().withPrecision(PIECES);
        LotSizingPlan plan = LotSizing.plan(LotSizingProblem.of(new double[] {0.3, 5, 0.4, 0.7}, 10, 1), policy);

        // 0.3 is passed over; 5.3 short -> 6 (0.7 left); 0.4 covered (0.3 left); 0.7 leaves 0.4 short -> passed over
        assertArrayEquals(new double[] {0, 6, 0, 0}, plan.orders(), DELTA);
    }

    /** Wagner and Whitin's 1958 example has whole requirements: counted in pieces it keeps its published optimum, 864. */
    @Test
    void wagnerWhitinInPiecesKeepsThe1958Optimum() {
        double[] demand = {69, 29, 36, 61, 61, 26, 34, 67, 45, 67, 79, 56};
        double[] ordering = {85, 102, 102, 101, 98, 114, 105, 86, 119, 110, 98, 114};
        double[] holding = new double[12];
        java.util.Arrays.fill(holding, 1);
        LotSizingPlan plan = LotSizing.plan(new LotSizingProblem(demand, ordering, holding, 0),
                LotSizingPolicy.of(LotSizingRule.WAGNER_WHITIN).withPrecision(PIECES));

        assertEquals(864, plan.totalCost(), DELTA);
    }

    /**
     * Two levels: a piece-counted bottle needs 0.1 kg of concentrate. Bottles of 1 and 2 explode into 0.1 and 0.2 kg, which
     * the 0.3 kg on hand covers: the concentrate gets no planned order, no peg and no message.
     */
    @Test
    void multiLevelRunProposesNothingForARoundingResidue() {
        PlanningItem bottle = PlanningItem.lotForLot(1, 0, 0).withLotSizing(LotSizingPolicy.lotForLot().withPrecision(PIECES), 0, 0);
        PlanningItem concentrate = PlanningItem.lotForLot(1, 0.3, 0).withLotSizing(LotSizingPolicy.lotForLot().withPrecision(KILOGRAMS), 0, 0);
        MultiLevelMrpResult result = MultiLevelMrp.run(4, new PlanningItem[] {bottle, concentrate},
                new BillOfMaterials(new int[] {0}, new int[] {1}, new double[] {0.1}, new double[] {0}),
                new IndependentDemand(new int[] {0, 0}, new int[] {2, 3}, new double[] {1, 2}, new long[] {1, 2}));

        assertEquals(2, result.plannedOrders(0).size());
        assertEquals(List.of(), result.plannedOrders(1));
        assertEquals(List.of(), result.record(1).exceptions());
    }

    /** On random catalogues in pieces and kilograms: every proposal is a positive whole number of its unit's steps. */
    @Test
    void everyProposalIsAPositiveWholeNumberOfSteps() {
        Random random = new Random(12);
        LotSizingRule[] rules = LotSizingRule.values();
        for (int round = 0; round < 200; round++) {
            int itemCount = 2 + random.nextInt(6);
            int periods = 4 + random.nextInt(8);
            PlanningItem[] items = new PlanningItem[itemCount];
            QuantityPrecision[] units = new QuantityPrecision[itemCount];
            for (int i = 0; i < itemCount; i++) {
                units[i] = random.nextBoolean() ? PIECES : KILOGRAMS;
                LotSizingRule rule = rules[random.nextInt(rules.length)];
                LotSizingPolicy policy = new LotSizingPolicy(rule, rule == LotSizingRule.FIXED_ORDER_QUANTITY ? 1 + random.nextInt(40) * 0.37 : 0,
                        0, random.nextInt(3) == 0 ? random.nextDouble() * 5 : 0, random.nextInt(3) == 0 ? 0.1 * (1 + random.nextInt(5)) : 0, units[i]);
                items[i] = new PlanningItem(random.nextInt(3), random.nextDouble() * 3, 0, null, policy, 50, 0.5 + random.nextDouble());
            }
            int lines = itemCount - 1;
            int[] parent = new int[lines];
            int[] component = new int[lines];
            double[] per = new double[lines];
            for (int l = 0; l < lines; l++) {
                parent[l] = l;
                component[l] = l + 1;
                per[l] = 0.1 * (1 + random.nextInt(30));
            }
            int demandLines = 1 + random.nextInt(periods);
            int[] item = new int[demandLines];
            int[] period = new int[demandLines];
            double[] quantity = new double[demandLines];
            for (int d = 0; d < demandLines; d++) {
                period[d] = random.nextInt(periods);
                quantity[d] = 0.1 * random.nextInt(100);
            }
            MultiLevelMrpResult result = MultiLevelMrp.run(periods, items,
                    new BillOfMaterials(parent, component, per, new double[lines]), new IndependentDemand(item, period, quantity, new long[demandLines]));
            for (int i = 0; i < itemCount; i++) {
                for (MrpPlannedOrder order : result.plannedOrders(i)) {
                    double steps = order.quantity() / Math.max(units[i].step(), 1e-300);
                    assertTrue(order.quantity() >= units[i].step(), "a proposal of at least one step: " + order);
                    assertEquals(Math.rint(steps), steps, 1e-6, "a whole number of steps: " + order);
                    for (Peg peg : result.pegs(order.index())) {
                        assertFalse(peg.quantity() <= units[i].tolerance(), "no peg within the tolerance: " + peg);
                    }
                }
            }
        }
    }
}
