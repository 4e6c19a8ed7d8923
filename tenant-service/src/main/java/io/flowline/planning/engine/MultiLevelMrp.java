package io.flowline.planning.engine;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Multi-level MRP: items are planned level by level in low-level-code order, so an item is netted
 * only after every parent has exploded its planned order releases into the item's gross requirements.
 *
 * <p>Built for tens of thousands of items: the bill of materials is held in compressed (CSR)
 * adjacency, quantities in primitive arrays, and pegging as index arrays.
 */
public final class MultiLevelMrp {

    private static final double EPSILON = 1e-9;

    private MultiLevelMrp() {
    }

    public static MultiLevelMrpResult run(int periods, PlanningItem[] items, BillOfMaterials bom,
                                          IndependentDemand demand) {
        int itemCount = items.length;
        validate(periods, itemCount, bom, demand);
        int[] childStart = new int[itemCount + 1];
        int[] childLines = groupLines(bom.parent(), itemCount, childStart);
        int[] lowLevelCode = lowLevelCodes(itemCount, bom, childStart, childLines);
        int[] planningOrder = levelOrder(lowLevelCode);
        Run run = new Run(new Structure(periods, items, bom, demand, childStart, childLines, planningOrder));
        for (int item : planningOrder) {
            run.plan(item);
        }
        return run.result(lowLevelCode);
    }

    private static void validate(int periods, int itemCount, BillOfMaterials bom, IndependentDemand demand) {
        if (periods <= 0) {
            throw new IllegalArgumentException("at least one period is needed");
        }
        for (int l = 0; l < bom.lines(); l++) {
            if (outside(bom.parent()[l], itemCount) || outside(bom.component()[l], itemCount)) {
                throw new IllegalArgumentException("bill-of-materials line " + l + " refers to an unknown item");
            }
        }
        for (int l = 0; l < demand.lines(); l++) {
            if (outside(demand.item()[l], itemCount) || outside(demand.period()[l], periods)) {
                throw new IllegalArgumentException("demand line " + l + " refers to an unknown item or period");
            }
        }
    }

    private static boolean outside(int index, int size) {
        return index < 0 || index >= size;
    }

    /** Groups line indexes by key (CSR): lines of key k are result[start[k] .. start[k+1]). */
    private static int[] groupLines(int[] keys, int keyCount, int[] start) {
        for (int key : keys) {
            start[key + 1]++;
        }
        for (int k = 0; k < keyCount; k++) {
            start[k + 1] += start[k];
        }
        int[] next = Arrays.copyOf(start, keyCount);
        int[] lines = new int[keys.length];
        for (int l = 0; l < keys.length; l++) {
            lines[next[keys[l]]++] = l;
        }
        return lines;
    }

    /**
     * Low-level code = the deepest level an item occurs at, computed in topological order (Kahn 1962).
     * Items left unordered lie on or below a cycle, which is then reported.
     */
    static int[] lowLevelCodes(int itemCount, BillOfMaterials bom, int[] childStart, int[] childLines) {
        int[] parentCount = new int[itemCount];
        for (int component : bom.component()) {
            parentCount[component]++;
        }
        int[] queue = new int[itemCount];
        int tail = 0;
        for (int item = 0; item < itemCount; item++) {
            if (parentCount[item] == 0) {
                queue[tail++] = item;
            }
        }
        int[] lowLevelCode = new int[itemCount];
        for (int head = 0; head < tail; head++) {
            int parent = queue[head];
            for (int c = childStart[parent]; c < childStart[parent + 1]; c++) {
                int component = bom.component()[childLines[c]];
                lowLevelCode[component] = Math.max(lowLevelCode[component], lowLevelCode[parent] + 1);
                if (--parentCount[component] == 0) {
                    queue[tail++] = component;
                }
            }
        }
        if (tail < itemCount) {
            throw new IllegalArgumentException("bill of materials contains a cycle: " + describeCycle(itemCount, bom, parentCount));
        }
        return lowLevelCode;
    }

    /** Every item still waiting for a parent has a waiting parent, so walking up them must repeat. */
    private static String describeCycle(int itemCount, BillOfMaterials bom, int[] waitingParents) {
        int[] parentStart = new int[itemCount + 1];
        int[] parentLines = groupLines(bom.component(), itemCount, parentStart);
        int[] stepOf = new int[itemCount];
        Arrays.fill(stepOf, -1);
        int[] path = new int[itemCount + 1];
        int item = 0;
        while (waitingParents[item] == 0) {
            item++;
        }
        int steps = 0;
        while (stepOf[item] < 0) {
            stepOf[item] = steps;
            path[steps++] = item;
            for (int p = parentStart[item]; p < parentStart[item + 1]; p++) {
                int parent = bom.parent()[parentLines[p]];
                if (waitingParents[parent] > 0) {
                    item = parent;
                    break;
                }
            }
        }
        StringBuilder cycle = new StringBuilder("item ").append(item);
        for (int s = steps - 1; s >= stepOf[item]; s--) {
            cycle.append(" -> item ").append(path[s]);
        }
        return cycle.toString();
    }

    private static int[] levelOrder(int[] lowLevelCode) {
        int levels = 0;
        for (int code : lowLevelCode) {
            levels = Math.max(levels, code + 1);
        }
        int[] start = new int[levels + 1];
        for (int code : lowLevelCode) {
            start[code + 1]++;
        }
        for (int level = 0; level < levels; level++) {
            start[level + 1] += start[level];
        }
        int[] order = new int[lowLevelCode.length];
        for (int item = 0; item < lowLevelCode.length; item++) {
            order[start[lowLevelCode[item]]++] = item;
        }
        return order;
    }

    /**
     * What the run derives from its input before planning, and what the result needs to derive an item's
     * record again. Items are planned in planning order; an item's gross requirements are gathered
     * when it is planned, from its independent demand and the planned orders of its parents (all
     * planned before it), in the order the parents were planned. That is the order in which exploding
     * each parent's orders into its components would add them, so the sums are the same to the last
     * bit, and neither a list of dependent requirements nor every item's gross requirements are kept.
     */
    private static final class Structure {
        private final int periods;
        private final PlanningItem[] items;
        private final int[] childStart;
        /** For the BOM line at childLines position c, its position in the parent lists below. */
        private final int[] childToParent;
        /** BOM lines by component (CSR), each component's in the order their parents are planned. */
        private final int[] parentStart;
        private final int[] parentItem;
        private final double[] perParentUnit;
        private final int[] demandStart;
        private final int[] demandLines;
        private final int[] demandPeriod;
        private final double[] demandQuantity;

        Structure(int periods, PlanningItem[] items, BillOfMaterials bom, IndependentDemand demand, int[] childStart,
                  int[] childLines, int[] planningOrder) {
            this.periods = periods;
            this.items = items.clone();
            this.childStart = childStart;
            int itemCount = items.length;
            int[] component = bom.component();
            parentStart = new int[itemCount + 1];
            for (int c : component) {
                parentStart[c + 1]++;
            }
            for (int i = 0; i < itemCount; i++) {
                parentStart[i + 1] += parentStart[i];
            }
            int[] next = Arrays.copyOf(parentStart, itemCount);
            childToParent = new int[component.length];
            parentItem = new int[component.length];
            perParentUnit = new double[component.length];
            for (int parent : planningOrder) {
                for (int c = childStart[parent]; c < childStart[parent + 1]; c++) {
                    int line = childLines[c];
                    int p = next[component[line]]++;
                    childToParent[c] = p;
                    parentItem[p] = parent;
                    perParentUnit[p] = bom.requirementPerParentUnit(line);
                }
            }
            demandStart = new int[itemCount + 1];
            demandLines = groupLines(demand.item(), itemCount, demandStart);
            demandPeriod = demand.period().clone();
            demandQuantity = demand.quantity().clone();
        }

        /** The item's independent demand by period, added to gross in line order. */
        void addDemand(int item, double[] gross) {
            for (int d = demandStart[item]; d < demandStart[item + 1]; d++) {
                int line = demandLines[d];
                gross[demandPeriod[line]] += demandQuantity[line];
            }
        }
    }

    /** State of one run: the planned orders, the pegs and scratch space for planning one item. */
    private static final class Run {
        private final Structure structure;
        private final int periods;
        private final MrpCalculator.Workspace workspace;
        private final double[] noReceipts;
        /** The gross requirements of the item being planned. */
        private final double[] gross;

        private int orderCount;
        private int[] orderItem;
        private int[] orderReceipt;
        private int[] orderRelease;
        private double[] orderQuantity;
        /** The pegs of order o are pegStart[o] .. pegStart[o + 1]. */
        private int[] pegStart;
        private final int[] itemFirstOrder;
        private final int[] itemOrderCount;

        /**
         * Dependent requirements are numbered r = 0, 1, ... in the order exploding the parents one by
         * one would create them: a parent's lines in childLines order, each line's orders in index
         * order, leaving out those of quantity 0. Only the numbers are needed, to order a component's
         * requirements against its demand lines, so each BOM line keeps the number of its first one
         * (at its position in the parent lists).
         */
        private int requirementCount;
        private final int[] firstRequirement;

        /** Pegs in order-index order; a source code is demandLine*2 or parentOrder*2+1. */
        private int pegCount;
        private int[] pegSource;
        private double[] pegQuantity;

        /** Scratch for pegging one item, reused across items. */
        private final int[] periodCounts;
        private int[] mergedPeriod = new int[64];
        private int[] mergedSource = new int[64];
        private double[] mergedQuantity = new double[64];
        private int[] sortedSource = new int[64];
        private double[] sortedQuantity = new double[64];

        Run(Structure structure) {
            this.structure = structure;
            periods = structure.periods;
            int itemCount = structure.items.length;
            firstRequirement = new int[structure.parentItem.length];
            workspace = new MrpCalculator.Workspace(periods);
            noReceipts = new double[periods];
            gross = new double[periods];

            periodCounts = new int[periods + 1];
            itemFirstOrder = new int[itemCount];
            itemOrderCount = new int[itemCount];
            // Sized for about one order per item in three periods, the benchmark catalogue's density, so that
            // a run grows them once or twice: every growth of these large arrays is a fresh old-generation
            // ("humongous") allocation that the collector pays for.
            int expected = Math.max(1024, itemCount * periods / 3);
            orderItem = new int[expected];
            orderReceipt = new int[expected];
            orderRelease = new int[expected];
            orderQuantity = new double[expected];
            pegStart = new int[expected + 1];
            pegSource = new int[2 * expected];
            pegQuantity = new double[2 * expected];
        }

        void plan(int item) {
            int keyCount = gatherRequirements(item);
            // only the planned orders are kept: the rest of the record is derived again on request
            PlanningItem planning = structure.items[item];
            double[] open = MrpCalculator.openReceipts(planning, periods);
            double[] scheduled = open.length == 0 ? noReceipts : open;
            double[] receipts = MrpCalculator.plannedReceipts(planning, gross, scheduled, workspace);
            int firstOrder = addPlannedOrders(item, receipts, planning.leadTime());
            int unreached = firstOrder;
            if (keyCount > 0 && orderCount > firstOrder) {
                sortByPeriod(keyCount);
                unreached = peg(planning, open, keyCount, firstOrder);
            }
            for (int o = unreached; o < orderCount; o++) {
                pegStart[o] = pegCount;
            }
            numberRequirements(item, firstOrder);
        }

        /**
         * The item's gross requirements: its demand, then the planned orders of its parents. Lists
         * them for pegging as well, in code order (demandLine*2, requirement*2+1), with counts per
         * period for sorting; returns how many. Records.gross adds them up in the same order.
         */
        private int gatherRequirements(int item) {
            Structure s = structure;
            int d = s.demandStart[item];
            int dEnd = s.demandStart[item + 1];
            int capacity = dEnd - d;
            for (int p = s.parentStart[item]; p < s.parentStart[item + 1]; p++) {
                capacity += itemOrderCount[s.parentItem[p]];
            }
            if (mergedPeriod.length < capacity) {
                int size = Math.max(capacity, mergedPeriod.length * 2);
                mergedPeriod = new int[size];
                mergedSource = new int[size];
                mergedQuantity = new double[size];
                sortedSource = new int[size];
                sortedQuantity = new double[size];
            }
            Arrays.fill(gross, 0);
            s.addDemand(item, gross);
            Arrays.fill(periodCounts, 0);
            int k = 0;
            for (int p = s.parentStart[item]; p < s.parentStart[item + 1]; p++) {
                int parent = s.parentItem[p];
                double unit = s.perParentUnit[p];
                int requirement = firstRequirement[p];
                int first = itemFirstOrder[parent];
                for (int o = first; o < first + itemOrderCount[parent]; o++) {
                    double quantity = orderQuantity[o] * unit;
                    if (quantity <= 0) {
                        continue;
                    }
                    int release = orderRelease[o];
                    gross[release] += quantity;
                    // demand line l (code 2l) comes before requirement r (code 2r+1) exactly when l <= r
                    while (d < dEnd && s.demandLines[d] <= requirement) {
                        k = addDemandKey(k, s.demandLines[d++]);
                    }
                    mergedPeriod[k] = release;
                    mergedSource[k] = o * 2 + 1;
                    mergedQuantity[k++] = quantity;
                    periodCounts[release + 1]++;
                    requirement++;
                }
            }
            while (d < dEnd) {
                k = addDemandKey(k, s.demandLines[d++]);
            }
            return k;
        }

        private int addDemandKey(int k, int line) {
            int period = structure.demandPeriod[line];
            mergedPeriod[k] = period;
            mergedSource[k] = line * 2;
            mergedQuantity[k] = structure.demandQuantity[line];
            periodCounts[period + 1]++;
            return k + 1;
        }

        /** Stable counting sort of the merged keys by period: the order of the (period, code) keys. */
        private void sortByPeriod(int keyCount) {
            int[] counts = periodCounts;
            for (int t = 0; t < periods; t++) {
                counts[t + 1] += counts[t];
            }
            for (int k = 0; k < keyCount; k++) {
                int position = counts[mergedPeriod[k]]++;
                sortedSource[position] = mergedSource[k];
                sortedQuantity[position] = mergedQuantity[k];
            }
        }

        /** Numbers the requirements the item's planned orders create for its components (see the field). */
        private void numberRequirements(int item, int firstOrder) {
            for (int c = structure.childStart[item]; c < structure.childStart[item + 1]; c++) {
                int p = structure.childToParent[c];
                double unit = structure.perParentUnit[p];
                firstRequirement[p] = requirementCount;
                if (unit >= 1) {
                    // a positive quantity times at least one stays positive
                    requirementCount += orderCount - firstOrder;
                } else {
                    for (int o = firstOrder; o < orderCount; o++) {
                        if (!(orderQuantity[o] * unit <= 0)) {
                            requirementCount++;
                        }
                    }
                }
            }
        }

        /** The item's planned orders: one in each period with a planned order receipt. */
        private int addPlannedOrders(int item, double[] receipts, int leadTime) {
            MrpCalculator.Workspace workspace = this.workspace;
            int first = orderCount;
            if (orderCount + periods > orderItem.length) {
                int capacity = Math.max(orderItem.length * 2, orderCount + periods);
                orderItem = Arrays.copyOf(orderItem, capacity);
                orderReceipt = Arrays.copyOf(orderReceipt, capacity);
                orderRelease = Arrays.copyOf(orderRelease, capacity);
                orderQuantity = Arrays.copyOf(orderQuantity, capacity);
                pegStart = Arrays.copyOf(pegStart, capacity + 1);
            }
            for (int i = 0; i < workspace.orderCount(); i++) {
                int t = workspace.orderPeriod(i);
                if (receipts[t] > 0) {
                    orderItem[orderCount] = item;
                    orderReceipt[orderCount] = t;
                    orderRelease[orderCount] = Math.max(0, t - leadTime);
                    orderQuantity[orderCount] = receipts[t];
                    orderCount++;
                }
            }
            itemFirstOrder[item] = first;
            itemOrderCount[item] = orderCount - first;
            return first;
        }

        /**
         * First-in first-out pegging: supplies (on hand, then per period the scheduled receipt and the
         * planned order) are consumed by the sorted requirements. Safety stock and any backlog are
         * served first and pegged to nothing; supply left at the end is surplus from lot sizing.
         * Supplies of at most the tolerance are passed over, so only the periods that have one are visited.
         * Sets pegStart of each order it reaches and returns the first order it does not reach.
         */
        private int peg(PlanningItem planning, double[] open, int keyCount, int firstOrder) {
            double supplyLeft = Math.max(0, planning.onHand());
            int supplyOrder = -1;
            int nextScheduled = nextScheduled(open, 0);
            int nextOrder = firstOrder;
            double unpegged = planning.safetyStock() + Math.max(0, -planning.onHand());
            // a need or a rest of supply within the unit's tolerance is rounding: pegging it would show a peg of 0
            double tolerance = planning.lotSizing().precision().tolerance();
            for (int key = -1; key < keyCount; key++) {
                int source = -1;
                double need = unpegged;
                if (key >= 0) {
                    need = sortedQuantity[key];
                    source = sortedSource[key];
                }
                while (need > tolerance) {
                    while (supplyLeft <= tolerance) {
                        // a period's scheduled receipt comes before its planned order
                        if (nextScheduled < periods
                                && (nextOrder == orderCount || nextScheduled <= orderReceipt[nextOrder])) {
                            supplyLeft = open[nextScheduled];
                            supplyOrder = -1;
                            nextScheduled = nextScheduled(open, nextScheduled + 1);
                        } else if (nextOrder < orderCount) {
                            supplyLeft = orderQuantity[nextOrder];
                            supplyOrder = nextOrder;
                            pegStart[nextOrder++] = pegCount;
                        } else {
                            return nextOrder;
                        }
                    }
                    double used = Math.min(need, supplyLeft);
                    if (supplyOrder >= 0 && source >= 0) {
                        addPeg(source, used);
                    }
                    need -= used;
                    supplyLeft -= used;
                }
            }
            return nextOrder;
        }

        /** The first period from {@code from} on with a scheduled receipt above EPSILON, or periods. */
        private int nextScheduled(double[] open, int from) {
            int t = from;
            while (t < open.length && open[t] <= EPSILON) {
                t++;
            }
            return open.length == 0 ? periods : t;
        }

        private void addPeg(int source, double quantity) {
            if (pegCount == pegSource.length) {
                int capacity = pegCount * 2;
                pegSource = Arrays.copyOf(pegSource, capacity);
                pegQuantity = Arrays.copyOf(pegQuantity, capacity);
            }
            pegSource[pegCount] = source;
            pegQuantity[pegCount] = quantity;
            pegCount++;
        }

        MultiLevelMrpResult result(int[] lowLevelCode) {
            pegStart[orderCount] = pegCount;
            Records records = new Records(structure, orderReceipt, orderRelease, orderQuantity, itemFirstOrder,
                    itemOrderCount);
            // the growing arrays are handed over as they are: the result reads only the first counts
            return new MultiLevelMrpResult(lowLevelCode, records, orderCount, orderItem, orderReceipt, orderRelease,
                    orderQuantity, itemFirstOrder, itemOrderCount, pegStart, pegSource, pegQuantity);
        }
    }

    /**
     * Each item's record, derived on request from what the run keeps: the structure and the planned
     * orders. Holding every record of a large run would be most of what it allocates.
     */
    private record Records(Structure structure, int[] orderReceipt, int[] orderRelease, double[] orderQuantity,
                           int[] itemFirstOrder, int[] itemOrderCount) implements IntFunction<MrpRecord> {

        @Override
        public MrpRecord apply(int item) {
            int periods = structure.periods;
            PlanningItem planning = structure.items[item];
            double[] open = planning.scheduledReceipts();
            double[] scheduled = open.length == 0 ? new double[periods] : open.clone();
            double[] receipts = new double[periods];
            for (int o = itemFirstOrder[item]; o < itemFirstOrder[item] + itemOrderCount[item]; o++) {
                receipts[orderReceipt[o]] = orderQuantity[o];
            }
            return MrpCalculator.record(planning, gross(item), scheduled, receipts);
        }

        /** The item's gross requirements, added up in the same order as Run.gatherRequirements. */
        private double[] gross(int item) {
            Structure s = structure;
            double[] gross = new double[s.periods];
            s.addDemand(item, gross);
            for (int p = s.parentStart[item]; p < s.parentStart[item + 1]; p++) {
                int parent = s.parentItem[p];
                double unit = s.perParentUnit[p];
                for (int o = itemFirstOrder[parent]; o < itemFirstOrder[parent] + itemOrderCount[parent]; o++) {
                    double quantity = orderQuantity[o] * unit;
                    if (!(quantity <= 0)) {
                        gross[orderRelease[o]] += quantity;
                    }
                }
            }
            return gross;
        }
    }

}
