package io.flowline.planning.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowline.planning.engine.bench.BenchmarkCatalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The engine against oracles written independently from the textbooks ({@link ReferenceLotSizing},
 * {@link ReferenceMultiLevelMrp}) on random catalogues with every lot-sizing rule, modifiers, lead times,
 * scheduled receipts, safety stock and multi-level structures.
 *
 * <p>Lot sizing on its own is held bit for bit. A whole run is held within {@link #TOLERANCE} of the
 * largest quantity in each record: the oracle explodes, nets and sums in its own order, and the engine
 * works holding costs out of running totals, so quantities that are not whole numbers differ in their
 * last bits (74.2 against 74.19999999999999), and such residues, carried into later periods and lower
 * levels, stay below 1e-12 of the quantities. They could also make one side plan an order of some 1e-13
 * units where the other plans none (the engine's lot-for-lot netting orders any shortfall above zero),
 * so orders, pegs and action messages of at most {@link #NOISE} units are left out on both sides.
 * Everything else must agree: the same orders for the same item in the same periods, their pegs in the
 * same order, low-level codes and action messages. (The oracle found two engine faults this way; see
 * the regression tests in LotSizingTest.)
 */
class EngineEquivalenceTest {

    /** Relative difference allowed between the oracle's and the engine's quantities (see the class comment). */
    private static final double TOLERANCE = 1e-9;
    /** Quantities up to this are rounding residue, not an order (the engine's own lot-sizing tolerance). */
    private static final double NOISE = 1e-9;

    @Test
    void optimisedRunEqualsReferenceOnRandomCatalogues() {
        for (long seed = 1; seed <= 40; seed++) {
            int items = 12 + (int) (seed * 37 % 300);
            int lines = items * (1 + (int) (seed % 4));
            int periods = 1 + (int) (seed * 13 % 60);
            int demandLines = (int) (seed * 29 % 400);
            BenchmarkCatalogue catalogue = BenchmarkCatalogue.generate(seed, items, lines, periods, demandLines);
            assertSameRun(catalogue, "seed " + seed);
        }
    }

    @Test
    void optimisedRunEqualsReferenceOnTheBenchmarkCatalogue() {
        assertSameRun(BenchmarkCatalogue.standard(), "benchmark catalogue");
    }

    /**
     * The generated catalogues only have quantities per of one or more and no repeated lines; here some
     * lines need a fraction, a tiny amount or nothing per parent unit, and some parent-component pairs
     * have two lines, which changes how requirements are numbered and ordered.
     */
    @Test
    void optimisedRunEqualsReferenceWithFractionalZeroAndRepeatedLines() {
        for (long seed = 1; seed <= 12; seed++) {
            // many demand lines on few periods, so that demand and dependent requirements often share a period
            BenchmarkCatalogue generated = BenchmarkCatalogue.generate(seed, 60 + (int) seed * 17, 150 + (int) seed * 40,
                    2 + (int) (seed * 7 % 12), 3_000);
            BillOfMaterials bom = generated.bom;
            java.util.Random random = new java.util.Random(seed);
            int repeated = bom.lines() / 5;
            int lines = bom.lines() + repeated;
            int[] parent = java.util.Arrays.copyOf(bom.parent(), lines);
            int[] component = java.util.Arrays.copyOf(bom.component(), lines);
            double[] quantityPer = java.util.Arrays.copyOf(bom.quantityPer(), lines);
            double[] scrap = java.util.Arrays.copyOf(bom.scrapFactor(), lines);
            for (int l = bom.lines(); l < lines; l++) {
                int copied = random.nextInt(bom.lines());
                parent[l] = parent[copied];
                component[l] = component[copied];
                scrap[l] = scrap[copied];
            }
            double[] amounts = {0, 0.5, 0.25, 1e-3, 1e-300, 0.9, 3};
            for (int l = 0; l < lines; l++) {
                if (l >= bom.lines() || random.nextInt(3) == 0) {
                    quantityPer[l] = amounts[random.nextInt(amounts.length)];
                }
            }
            assertSameRun(generated.periods, generated.items, new BillOfMaterials(parent, component, quantityPer, scrap),
                    generated.demand, "seed " + seed + " with changed lines");
        }
    }

    /** Every rule with and without modifiers, on per-period costs and initial stock the MRP path never gives. */
    @Test
    void optimisedLotSizingEqualsReferenceOnRandomProblems() {
        java.util.Random random = new java.util.Random(5);
        for (int run = 0; run < 3_000; run++) {
            int periods = 1 + random.nextInt(40);
            double[] demand = new double[periods];
            double[] ordering = new double[periods];
            double[] holding = new double[periods];
            for (int t = 0; t < periods; t++) {
                demand[t] = random.nextInt(3) == 0 ? 0 : random.nextInt(120);
                ordering[t] = 10 + random.nextInt(200);
                holding[t] = 0.05 + random.nextInt(100) / 50.0;
            }
            LotSizingProblem problem = new LotSizingProblem(demand, ordering, holding, random.nextInt(4) == 0 ? random.nextInt(150) : 0);
            LotSizingRule rule = LotSizingRule.values()[random.nextInt(LotSizingRule.values().length)];
            LotSizingPolicy policy = new LotSizingPolicy(rule, rule == LotSizingRule.FIXED_ORDER_QUANTITY ? 1 + random.nextInt(200) : 0,
                    random.nextInt(3), random.nextBoolean() ? random.nextInt(150) : 0, random.nextBoolean() ? 1 + random.nextInt(40) : 0);
            assertArrayEquals(ReferenceLotSizing.orders(problem, policy), LotSizing.orders(problem, policy), 0, "run " + run + ", " + policy);
        }
    }

    @Test
    void optimisedRecordEqualsReferenceForSingleItems() {
        BenchmarkCatalogue catalogue = BenchmarkCatalogue.generate(7, 2_000, 4_000, 30, 600);
        ReferenceMultiLevelMrp.Plan run = ReferenceMultiLevelMrp.run(catalogue.periods, catalogue.items, catalogue.bom,
                catalogue.demand);
        for (int item = 0; item < catalogue.items.length; item++) {
            double[] gross = run.records()[item].grossRequirements();
            assertSameRecord(ReferenceMultiLevelMrp.record(catalogue.items[item], gross),
                    MrpCalculator.calculate(catalogue.items[item], gross), "item " + item);
        }
    }

    /** Netting has a fast path for finite values; infinities and NaN must still give the reference's record. */
    @Test
    void optimisedRecordEqualsReferenceForNonFiniteValues() {
        double[] odd = {0, -0.0, 5, 1e308, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        for (double onHand : odd) {
            for (double safetyStock : new double[]{0, -0.0, 7, Double.POSITIVE_INFINITY, Double.NaN}) {
                for (double grossValue : new double[]{3, 1e308, Double.POSITIVE_INFINITY, Double.NaN}) {
                    double[] gross = {4, grossValue, 0, 2, 1e308, 6};
                    double[] receipts = {0, 1e308, 0, 0, 0, 0};
                    for (PlanningItem item : new PlanningItem[]{PlanningItem.lotForLot(1, onHand, safetyStock),
                            PlanningItem.lotForLot(0, onHand, safetyStock).withScheduledReceipts(receipts)}) {
                        String where = "on hand " + onHand + ", safety stock " + safetyStock + ", gross " + grossValue;
                        assertSameRecord(ReferenceMultiLevelMrp.record(item, gross.clone()),
                                MrpCalculator.calculate(item, gross.clone()), where);
                    }
                }
            }
        }
    }

    private static void assertSameRun(BenchmarkCatalogue catalogue, String context) {
        assertSameRun(catalogue.periods, catalogue.items, catalogue.bom, catalogue.demand, context);
    }

    private static void assertSameRun(int periods, PlanningItem[] items, BillOfMaterials bom, IndependentDemand demand,
                                      String context) {
        ReferenceMultiLevelMrp.Plan expected = ReferenceMultiLevelMrp.run(periods, items, bom, demand);
        MultiLevelMrpResult actual = MultiLevelMrp.run(periods, items, bom, demand);
        for (int item = 0; item < items.length; item++) {
            String where = context + ", item " + item;
            assertEquals(expected.lowLevelCode()[item], actual.lowLevelCode(item), where);
            assertSameRecord(expected.records()[item], actual.record(item), where);
        }
        List<MrpPlannedOrder> actualOrders = new ArrayList<>();
        List<List<Peg>> actualPegs = new ArrayList<>();
        for (int order = 0; order < actual.plannedOrderCount(); order++) {
            actualOrders.add(actual.plannedOrder(order));
            actualPegs.add(actual.pegs(order));
        }
        Map<OrderKey, MrpPlannedOrder> expectedByKey = substantial(expected.plannedOrders());
        Map<OrderKey, MrpPlannedOrder> actualByKey = substantial(actualOrders);
        assertEquals(expectedByKey.keySet(), actualByKey.keySet(), context + ": the planned orders (item, due period)");
        for (Map.Entry<OrderKey, MrpPlannedOrder> entry : expectedByKey.entrySet()) {
            MrpPlannedOrder want = entry.getValue();
            MrpPlannedOrder got = actualByKey.get(entry.getKey());
            Supplier<String> where = () -> context + ", order " + entry.getKey();
            assertEquals(want.releasePeriod(), got.releasePeriod(), where);
            assertClose(want.quantity(), got.quantity(), where);
            List<PegKey> wantPegs = pegs(expected.pegs().get(want.index()), expected.plannedOrders());
            List<PegKey> gotPegs = pegs(actualPegs.get(got.index()), actualOrders);
            assertEquals(wantPegs.size(), gotPegs.size(), () -> where.get() + ": pegs " + wantPegs + " against " + gotPegs);
            for (int p = 0; p < wantPegs.size(); p++) {
                int peg = p;
                assertEquals(wantPegs.get(p).source(), gotPegs.get(p).source(), () -> where.get() + ", peg " + peg);
                assertClose(wantPegs.get(p).quantity(), gotPegs.get(p).quantity(), () -> where.get() + ", peg " + peg);
            }
        }
    }

    /** A planned order as both sides can name it: their indexes differ once either has a noise order. */
    private record OrderKey(int item, int receiptPeriod) {
    }

    /** A peg with its requirement named without order indexes: a demand line, or the parent order's key. */
    private record PegKey(Object source, double quantity) {
    }

    private static Map<OrderKey, MrpPlannedOrder> substantial(List<MrpPlannedOrder> orders) {
        Map<OrderKey, MrpPlannedOrder> byKey = new LinkedHashMap<>();
        for (MrpPlannedOrder order : orders) {
            if (order.quantity() > NOISE) {
                byKey.put(new OrderKey(order.item(), order.receiptPeriod()), order);
            }
        }
        return byKey;
    }

    private static List<PegKey> pegs(List<Peg> pegs, List<MrpPlannedOrder> orders) {
        List<PegKey> keys = new ArrayList<>();
        for (Peg peg : pegs) {
            if (peg.quantity() > NOISE) {
                MrpPlannedOrder parent = peg.source() == Peg.Source.PARENT_ORDER ? orders.get(peg.index()) : null;
                Object source = parent == null ? "demand line " + peg.index() : new OrderKey(parent.item(), parent.receiptPeriod());
                keys.add(new PegKey(source, peg.quantity()));
            }
        }
        return keys;
    }

    private static void assertSameRecord(MrpRecord expected, MrpRecord actual, String where) {
        // a record's values are compared against the largest quantity in it: a residue of a large flow
        // left in a period whose stock is near zero is relative to that flow, not to zero
        double scale = Math.max(largest(expected), largest(actual));
        assertClose(expected.grossRequirements(), actual.grossRequirements(), scale, where + ", gross requirements");
        assertClose(expected.scheduledReceipts(), actual.scheduledReceipts(), scale, where + ", scheduled receipts");
        assertClose(expected.projectedAvailable(), actual.projectedAvailable(), scale, where + ", projected available");
        assertClose(expected.netRequirements(), actual.netRequirements(), scale, where + ", net requirements");
        assertClose(expected.plannedOrderReceipts(), actual.plannedOrderReceipts(), scale, where + ", planned order receipts");
        assertClose(expected.plannedOrderReleases(), actual.plannedOrderReleases(), scale, where + ", planned order releases");
        List<MrpException> wanted = expected.exceptions().stream().filter(e -> !(e.quantity() <= NOISE)).toList();
        List<MrpException> got = actual.exceptions().stream().filter(e -> !(e.quantity() <= NOISE)).toList();
        assertEquals(wanted.size(), got.size(), () -> where + ": action messages " + wanted + " against " + got);
        for (int e = 0; e < wanted.size(); e++) {
            MrpException want = wanted.get(e);
            MrpException was = got.get(e);
            Supplier<String> message = () -> where + ": action message " + want + " against " + was;
            assertEquals(want.type(), was.type(), message);
            assertEquals(want.period(), was.period(), message);
            assertEquals(want.suggestedPeriod(), was.suggestedPeriod(), message);
            assertClose(want.quantity(), was.quantity(), scale, message);
        }
    }

    private static double largest(MrpRecord record) {
        double largest = 1;
        for (double[] values : List.of(record.grossRequirements(), record.scheduledReceipts(), record.projectedAvailable(),
                record.plannedOrderReceipts())) {
            for (double value : values) {
                if (Double.isFinite(value)) {
                    largest = Math.max(largest, Math.abs(value));
                }
            }
        }
        return largest;
    }

    private static void assertClose(double[] expected, double[] actual, double scale, String where) {
        assertEquals(expected.length, actual.length, where);
        for (int t = 0; t < expected.length; t++) {
            int period = t;
            assertClose(expected[t], actual[t], scale, () -> where + ", period " + period);
        }
    }

    private static void assertClose(double expected, double actual, Supplier<String> where) {
        assertClose(expected, actual, Math.max(Math.abs(expected), Math.abs(actual)), where);
    }

    /** Equal, both the same infinity or NaN, or within TOLERANCE of the scale (at least 1). */
    private static void assertClose(double expected, double actual, double scale, Supplier<String> where) {
        if (Double.compare(expected, actual) == 0 || expected == actual) {
            return;
        }
        if (!(Math.abs(expected - actual) <= TOLERANCE * Math.max(1, scale))) {
            assertEquals(expected, actual, () -> where.get() + " (beyond the tolerance)");
        }
    }
}
