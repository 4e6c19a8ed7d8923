package io.flowline.planning.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultiLevelMrpTest {

    private static final double DELTA = 1e-9;
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    /**
     * Hand-computed three-level example. A (lead time 1) needs 2 B and 1 C; B (lead time 2, 10 on
     * hand) needs 3 C with 10 % scrap, i.e. 3 x 1.1 = 3.3 C per B; C has lead time 1. Demand for A:
     * 10 in period 3 (reference 1001) and 5 in period 5 (reference 1002).
     */
    @Test
    void explodesLevelByLevelWithScrapAndPegsEveryOrder() {
        MultiLevelMrpResult result = MultiLevelMrp.run(6,
                new PlanningItem[]{PlanningItem.lotForLot(1, 0, 0), PlanningItem.lotForLot(2, 10, 0),
                        PlanningItem.lotForLot(1, 0, 0)},
                new BillOfMaterials(new int[]{A, A, B}, new int[]{B, C, C}, new double[]{2, 1, 3}, new double[]{0, 0, 0.1}),
                new IndependentDemand(new int[]{A, A}, new int[]{3, 5}, new double[]{10, 5}, new long[]{1001, 1002}));

        assertEquals(0, result.lowLevelCode(A));
        assertEquals(1, result.lowLevelCode(B));
        assertEquals(2, result.lowLevelCode(C));

        assertArrayEquals(new double[]{0, 0, 10, 0, 5, 0}, result.record(A).plannedOrderReleases(), DELTA);
        // B: gross 2 x A releases = 20 and 10; 10 on hand covers half of period 2
        assertArrayEquals(new double[]{0, 0, 20, 0, 10, 0}, result.record(B).grossRequirements(), DELTA);
        assertArrayEquals(new double[]{10, 0, 10, 0, 0, 0}, result.record(B).plannedOrderReleases(), DELTA);
        // C: 1 x A releases + 3.3 x B releases; the period-0 receipt should have been released in period -1
        assertArrayEquals(new double[]{33, 0, 43, 0, 5, 0}, result.record(C).grossRequirements(), DELTA);
        assertArrayEquals(new double[]{33, 43, 0, 5, 0, 0}, result.record(C).plannedOrderReleases(), DELTA);
        assertEquals(MrpExceptionType.PAST_DUE, result.record(C).exceptions().get(0).type());

        assertEquals(7, result.plannedOrderCount());
        List<MrpPlannedOrder> ordersOfA = result.plannedOrders(A);
        List<MrpPlannedOrder> ordersOfB = result.plannedOrders(B);
        List<MrpPlannedOrder> ordersOfC = result.plannedOrders(C);
        assertEquals(new MrpPlannedOrder(ordersOfA.get(0).index(), A, 3, 2, 10), ordersOfA.get(0));
        assertPegs(result, ordersOfA.get(0), new Peg(Peg.Source.INDEPENDENT_DEMAND, 0, 10));
        assertPegs(result, ordersOfA.get(1), new Peg(Peg.Source.INDEPENDENT_DEMAND, 1, 5));
        // on hand covers 10 of the 20 B for A's first order; B's first order covers the rest
        assertPegs(result, ordersOfB.get(0), new Peg(Peg.Source.PARENT_ORDER, ordersOfA.get(0).index(), 10));
        assertPegs(result, ordersOfB.get(1), new Peg(Peg.Source.PARENT_ORDER, ordersOfA.get(1).index(), 10));
        assertPegs(result, ordersOfC.get(0), new Peg(Peg.Source.PARENT_ORDER, ordersOfB.get(0).index(), 33));
        assertPegs(result, ordersOfC.get(1), new Peg(Peg.Source.PARENT_ORDER, ordersOfA.get(0).index(), 10),
                new Peg(Peg.Source.PARENT_ORDER, ordersOfB.get(1).index(), 33));
        assertPegs(result, ordersOfC.get(2), new Peg(Peg.Source.PARENT_ORDER, ordersOfA.get(1).index(), 5));
    }

    @Test
    void cycleIsReportedWithItsItems() {
        BillOfMaterials cyclic = new BillOfMaterials(new int[]{0, 1, 2, 3}, new int[]{1, 2, 3, 1},
                new double[]{1, 1, 1, 1}, new double[4]);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MultiLevelMrp.run(4, items(4), cyclic, noDemand()));
        assertEquals("bill of materials contains a cycle: item 1 -> item 2 -> item 3 -> item 1", error.getMessage());

        BillOfMaterials selfReference = new BillOfMaterials(new int[]{0}, new int[]{0}, new double[]{1}, new double[1]);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MultiLevelMrp.run(4, items(1), selfReference, noDemand()))
                .getMessage().endsWith("item 0 -> item 0"));
    }

    /**
     * Random acyclic structures: every component's gross requirement is its independent demand plus
     * its parents' releases times quantity per x (1 + scrap), stock never falls below safety stock,
     * and with lot-for-lot and no stock every requirement is pegged in full.
     */
    @Test
    void randomStructuresExplodeConsistentlyAndPegInFull() {
        Random random = new Random(5L);
        for (int trial = 0; trial < 50; trial++) {
            int itemCount = 2 + random.nextInt(40);
            int periods = 1 + random.nextInt(20);
            PlanningItem[] items = new PlanningItem[itemCount];
            for (int i = 0; i < itemCount; i++) {
                items[i] = PlanningItem.lotForLot(random.nextInt(3), 0, 0);
            }
            int lines = random.nextInt(3 * itemCount);
            int[] parent = new int[lines];
            int[] component = new int[lines];
            double[] quantityPer = new double[lines];
            double[] scrap = new double[lines];
            boolean[][] linked = new boolean[itemCount][itemCount];
            int used = 0;
            for (int l = 0; l < lines; l++) {
                int p = random.nextInt(itemCount - 1);
                int c = p + 1 + random.nextInt(itemCount - 1 - p);
                if (!linked[p][c]) {
                    linked[p][c] = true;
                    parent[used] = p;
                    component[used] = c;
                    quantityPer[used] = 1 + random.nextInt(4);
                    scrap[used] = random.nextInt(3) * 0.05;
                    used++;
                }
            }
            BillOfMaterials bom = new BillOfMaterials(Arrays.copyOf(parent, used),
                    Arrays.copyOf(component, used), Arrays.copyOf(quantityPer, used),
                    Arrays.copyOf(scrap, used));
            int demandLines = random.nextInt(30);
            IndependentDemand demand = new IndependentDemand(new int[demandLines], new int[demandLines],
                    new double[demandLines], new long[demandLines]);
            double[][] expected = new double[itemCount][periods];
            for (int l = 0; l < demandLines; l++) {
                demand.item()[l] = random.nextInt(itemCount);
                demand.period()[l] = random.nextInt(periods);
                demand.quantity()[l] = 1 + random.nextInt(50);
                expected[demand.item()[l]][demand.period()[l]] += demand.quantity()[l];
            }
            MultiLevelMrpResult result = MultiLevelMrp.run(periods, items, bom, demand);

            double[] pegged = new double[demandLines];
            for (int l = 0; l < used; l++) {
                double[] releases = result.record(bom.parent()[l]).plannedOrderReleases();
                for (int t = 0; t < periods; t++) {
                    expected[bom.component()[l]][t] += releases[t] * bom.requirementPerParentUnit(l);
                }
                assertTrue(result.lowLevelCode(bom.component()[l]) > result.lowLevelCode(bom.parent()[l]));
            }
            for (int o = 0; o < result.plannedOrderCount(); o++) {
                double total = 0;
                for (Peg peg : result.pegs(o)) {
                    total += peg.quantity();
                    if (peg.source() == Peg.Source.INDEPENDENT_DEMAND) {
                        pegged[peg.index()] += peg.quantity();
                    }
                }
                assertEquals(result.plannedOrder(o).quantity(), total, 1e-6, "order fully pegged");
            }
            for (int i = 0; i < itemCount; i++) {
                assertArrayEquals(expected[i], result.record(i).grossRequirements(), 1e-6);
            }
            assertArrayEquals(demand.quantity(), pegged, 1e-6);
        }
    }

    private static void assertPegs(MultiLevelMrpResult result, MrpPlannedOrder order, Peg... expected) {
        List<Peg> pegs = result.pegs(order.index());
        assertEquals(expected.length, pegs.size());
        for (int p = 0; p < expected.length; p++) {
            assertEquals(expected[p].source(), pegs.get(p).source());
            assertEquals(expected[p].index(), pegs.get(p).index());
            assertEquals(expected[p].quantity(), pegs.get(p).quantity(), 1e-9);
        }
    }

    private static PlanningItem[] items(int count) {
        PlanningItem[] items = new PlanningItem[count];
        for (int i = 0; i < count; i++) {
            items[i] = PlanningItem.lotForLot(1, 0, 0);
        }
        return items;
    }

    private static IndependentDemand noDemand() {
        return new IndependentDemand(new int[0], new int[0], new double[0], new long[0]);
    }
}
