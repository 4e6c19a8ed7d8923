package io.flowline.planning.engine.bench;

import io.flowline.planning.engine.BillOfMaterials;
import io.flowline.planning.engine.IndependentDemand;
import io.flowline.planning.engine.LotSizingPolicy;
import io.flowline.planning.engine.LotSizingRule;
import io.flowline.planning.engine.PlanningItem;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * A generated catalogue the size of a small manufacturer's whole plan (issue 5, "Speed"): by default
 * 10,000 items on six bill-of-materials levels, 25,000 BOM lines, 104 weekly buckets and 5,000
 * demand lines. The same seed always gives the same catalogue, so figures from different runs and
 * machines are comparable.
 *
 * <p>Shape: every item below level 0 has at least one parent on the level just above it, so its
 * low-level code is exactly its level and the structure really is six levels deep; further lines
 * go mostly one level down and sometimes skip levels (common parts). Lot sizing is mixed over all
 * nine rules, some with minimum or multiple order quantities; lead times are 0–4 weeks; about one
 * item in ten has scheduled receipts in the first weeks; some items keep safety stock. Demand is
 * mostly for end items, with some service-part demand on deeper levels.
 */
public final class BenchmarkCatalogue {

    public static final long DEFAULT_SEED = 20_240_605L;
    public static final int LEVELS = 6;

    public final int periods;
    public final PlanningItem[] items;
    public final BillOfMaterials bom;
    public final IndependentDemand demand;
    /** Level of each item as generated (equals its low-level code). */
    public final int[] level;

    private BenchmarkCatalogue(int periods, PlanningItem[] items, BillOfMaterials bom, IndependentDemand demand,
                               int[] level) {
        this.periods = periods;
        this.items = items;
        this.bom = bom;
        this.demand = demand;
        this.level = level;
    }

    /** The catalogue: 10,000 items, 25,000 BOM lines, 104 weeks, 5,000 demand lines. */
    public static BenchmarkCatalogue standard() {
        return generate(DEFAULT_SEED, 10_000, 25_000, 104, 5_000);
    }

    public static BenchmarkCatalogue generate(long seed, int itemCount, int bomLines, int periods, int demandLines) {
        if (itemCount < LEVELS * 2) {
            throw new IllegalArgumentException("need at least two items per level");
        }
        Random random = new Random(seed);

        // Level sizes grow with depth: 1 : 2 : 3 : 4 : 5 : 5 (500, 1000, 1500, 2000, 2500, 2500 of 10,000).
        int[] weights = {1, 2, 3, 4, 5, 5};
        int weightSum = Arrays.stream(weights).sum();
        int[] levelStart = new int[LEVELS + 1];
        for (int l = 0; l < LEVELS; l++) {
            int size = Math.max(2, itemCount * weights[l] / weightSum);
            levelStart[l + 1] = l == LEVELS - 1 ? itemCount : levelStart[l] + size;
        }
        int[] level = new int[itemCount];
        for (int l = 0; l < LEVELS; l++) {
            Arrays.fill(level, levelStart[l], levelStart[l + 1], l);
        }

        int[] parent = new int[bomLines];
        int[] component = new int[bomLines];
        double[] quantityPer = new double[bomLines];
        double[] scrap = new double[bomLines];
        Set<Long> linked = new HashSet<>();
        int lines = 0;
        // one parent on the level above for every item below level 0
        for (int item = levelStart[1]; item < itemCount && lines < bomLines; item++) {
            int l = level[item];
            int p = levelStart[l - 1] + random.nextInt(levelStart[l] - levelStart[l - 1]);
            linked.add(key(p, item));
            parent[lines] = p;
            component[lines] = item;
            lines++;
        }
        // the rest: a random parent above the bottom level, a component mostly one level down
        int parents = levelStart[LEVELS - 1];
        while (lines < bomLines) {
            int p = random.nextInt(parents);
            int l = level[p];
            int childLevel = random.nextInt(100) < 80 ? l + 1 : l + 1 + random.nextInt(LEVELS - 1 - l);
            int c = levelStart[childLevel] + random.nextInt(levelStart[childLevel + 1] - levelStart[childLevel]);
            if (linked.add(key(p, c))) {
                parent[lines] = p;
                component[lines] = c;
                lines++;
            }
        }
        for (int line = 0; line < bomLines; line++) {
            quantityPer[line] = random.nextInt(100) < 70 ? 1 : 2 + random.nextInt(3);
            scrap[line] = random.nextInt(100) < 80 ? 0 : 0.02 * (1 + random.nextInt(3));
        }
        // shuffle the lines so the engine cannot profit from them arriving grouped by parent
        for (int line = bomLines - 1; line > 0; line--) {
            int other = random.nextInt(line + 1);
            swap(parent, line, other);
            swap(component, line, other);
        }
        BillOfMaterials bom = new BillOfMaterials(parent, component, quantityPer, scrap);

        PlanningItem[] items = new PlanningItem[itemCount];
        for (int item = 0; item < itemCount; item++) {
            items[item] = randomItem(random, periods);
        }

        int[] demandItem = new int[demandLines];
        int[] demandPeriod = new int[demandLines];
        double[] demandQuantity = new double[demandLines];
        long[] reference = new long[demandLines];
        for (int line = 0; line < demandLines; line++) {
            demandItem[line] = random.nextInt(100) < 85
                    ? random.nextInt(levelStart[1])
                    : levelStart[1] + random.nextInt(itemCount - levelStart[1]);
            demandPeriod[line] = random.nextInt(periods);
            demandQuantity[line] = 1 + random.nextInt(100);
            reference[line] = 1_000_000L + line;
        }
        IndependentDemand demand = new IndependentDemand(demandItem, demandPeriod, demandQuantity, reference);
        return new BenchmarkCatalogue(periods, items, bom, demand, level);
    }

    private static PlanningItem randomItem(Random random, int periods) {
        int leadTime = random.nextInt(5);
        double onHand = random.nextInt(100) < 60 ? random.nextInt(200) : 0;
        double safetyStock = random.nextInt(100) < 20 ? 5 * (1 + random.nextInt(10)) : 0;
        double[] receipts = null;
        if (random.nextInt(100) < 10) {
            receipts = new double[periods];
            int count = 1 + random.nextInt(3);
            for (int r = 0; r < count; r++) {
                receipts[random.nextInt(Math.min(8, periods))] += 10 * (1 + random.nextInt(20));
            }
        }
        int pick = random.nextInt(100);
        LotSizingRule rule;
        if (pick < 40) {
            rule = LotSizingRule.LOT_FOR_LOT;
        } else if (pick < 55) {
            rule = LotSizingRule.FIXED_ORDER_QUANTITY;
        } else if (pick < 65) {
            rule = LotSizingRule.ECONOMIC_ORDER_QUANTITY;
        } else if (pick < 75) {
            rule = LotSizingRule.PERIOD_ORDER_QUANTITY;
        } else if (pick < 80) {
            rule = LotSizingRule.LEAST_UNIT_COST;
        } else if (pick < 85) {
            rule = LotSizingRule.LEAST_TOTAL_COST;
        } else if (pick < 90) {
            rule = LotSizingRule.PART_PERIOD_BALANCING;
        } else if (pick < 95) {
            rule = LotSizingRule.SILVER_MEAL;
        } else {
            rule = LotSizingRule.WAGNER_WHITIN;
        }
        double fixed = rule == LotSizingRule.FIXED_ORDER_QUANTITY ? 50 * (1 + random.nextInt(20)) : 0;
        int poqPeriods = rule == LotSizingRule.PERIOD_ORDER_QUANTITY && random.nextBoolean() ? 2 + random.nextInt(4) : 0;
        double minimum = random.nextInt(100) < 10 ? 10 * (1 + random.nextInt(10)) : 0;
        double multiple = random.nextInt(100) < 10 ? 5 * (1 + random.nextInt(4)) : 0;
        LotSizingPolicy policy = new LotSizingPolicy(rule, fixed, poqPeriods, minimum, multiple);
        double orderingCost = 20 + random.nextInt(200);
        double holdingCost = 0.05 + random.nextInt(100) / 100.0;
        return new PlanningItem(leadTime, onHand, safetyStock, receipts, policy, orderingCost, holdingCost);
    }

    private static long key(int parent, int component) {
        return ((long) parent << 32) | component;
    }

    private static void swap(int[] values, int i, int j) {
        int value = values[i];
        values[i] = values[j];
        values[j] = value;
    }
}
