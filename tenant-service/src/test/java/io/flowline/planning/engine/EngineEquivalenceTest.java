package io.flowline.planning.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowline.planning.engine.bench.BenchmarkCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The optimised engine against the straightforward reference (the pre-optimisation code, see
 * {@link ReferenceMultiLevelMrp}): every record, planned order and peg must be exactly equal — not
 * within a tolerance — on random catalogues with every lot-sizing rule, modifiers, lead times,
 * scheduled receipts, safety stock and multi-level structures.
 */
class EngineEquivalenceTest {

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
        MultiLevelMrpResult run = ReferenceMultiLevelMrp.run(catalogue.periods, catalogue.items, catalogue.bom,
                catalogue.demand);
        for (int item = 0; item < catalogue.items.length; item++) {
            double[] gross = run.record(item).grossRequirements();
            assertSameRecord(ReferenceMrpCalculator.calculate(catalogue.items[item], gross),
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
                        assertSameRecord(ReferenceMrpCalculator.calculate(item, gross.clone()),
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
        MultiLevelMrpResult expected = ReferenceMultiLevelMrp.run(periods, items, bom, demand);
        MultiLevelMrpResult actual = MultiLevelMrp.run(periods, items, bom, demand);
        assertEquals(expected.plannedOrderCount(), actual.plannedOrderCount(), context);
        for (int item = 0; item < items.length; item++) {
            String where = context + ", item " + item;
            assertEquals(expected.lowLevelCode(item), actual.lowLevelCode(item), where);
            assertSameRecord(expected.record(item), actual.record(item), where);
            assertEquals(expected.plannedOrders(item), actual.plannedOrders(item), where);
        }
        for (int order = 0; order < expected.plannedOrderCount(); order++) {
            assertEquals(expected.plannedOrder(order), actual.plannedOrder(order), context);
            List<Peg> pegs = expected.pegs(order);
            assertEquals(pegs, actual.pegs(order), context + ", pegs of order " + order);
        }
    }

    /** Exact equality: records hold doubles, compared bit for bit (delta 0). */
    private static void assertSameRecord(MrpRecord expected, MrpRecord actual, String where) {
        assertArrayEquals(expected.grossRequirements(), actual.grossRequirements(), 0, where);
        assertArrayEquals(expected.scheduledReceipts(), actual.scheduledReceipts(), 0, where);
        assertArrayEquals(expected.projectedAvailable(), actual.projectedAvailable(), 0, where);
        assertArrayEquals(expected.netRequirements(), actual.netRequirements(), 0, where);
        assertArrayEquals(expected.plannedOrderReceipts(), actual.plannedOrderReceipts(), 0, where);
        assertArrayEquals(expected.plannedOrderReleases(), actual.plannedOrderReleases(), 0, where);
        assertEquals(expected.exceptions(), actual.exceptions(), where);
    }
}
