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
        int[] demandStart = new int[itemCount + 1];
        int[] demandLines = groupLines(demand.item(), itemCount, demandStart);

        // item i's gross requirement in period t is gross[i * periods + t]: one array instead of one per item
        double[] gross = new double[Math.multiplyExact(itemCount, periods)];
        for (int l = 0; l < demand.lines(); l++) {
            gross[demand.item()[l] * periods + demand.period()[l]] += demand.quantity()[l];
        }

        Run run = new Run(itemCount, periods);
        MrpCalculator.Workspace workspace = new MrpCalculator.Workspace(periods);
        double[] noReceipts = new double[periods];
        int level = 0;
        for (int item : levelOrder(lowLevelCode)) {
            if (lowLevelCode[item] != level) {
                // every parent of this level's items is planned: file their requirements by component
                run.fileRequirements();
                level = lowLevelCode[item];
            }
            // only the planned orders are kept: the rest of the record is derived again on request
            PlanningItem planning = items[item];
            double[] open = MrpCalculator.openReceipts(planning, periods);
            double[] scheduled = open.length == 0 ? noReceipts : open;
            double[] receipts = MrpCalculator.plannedReceipts(planning, gross, item * periods, scheduled, workspace);
            int firstOrder = run.addPlannedOrders(item, receipts, planning.leadTime());
            run.peg(item, planning, scheduled, receipts, firstOrder, demand, demandStart, demandLines);
            for (int c = childStart[item]; c < childStart[item + 1]; c++) {
                int line = childLines[c];
                run.explode(firstOrder, bom.component()[line], bom.requirementPerParentUnit(line), gross);
            }
        }
        return run.result(lowLevelCode, items, gross);
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

    /** Growing state of one run: planned orders, dependent requirements and pegs. */
    private static final class Run {
        private final int periods;

        private int orderCount;
        private int[] orderItem;
        private int[] orderReceipt;
        private int[] orderRelease;
        private double[] orderQuantity;
        private final int[] itemFirstOrder;
        private final int[] itemOrderCount;

        /**
         * Dependent requirements in creation order (r = 0, 1, ...). Before each level is planned, the
         * requirements created since the previous level are filed by component into a batch: a
         * stable counting sort into the same index range of the filed* arrays, with per-component
         * starts in batchStart. An item's requirements are then its ranges in the batches, oldest
         * first, read sequentially instead of by chasing a linked list. The requirement* arrays
         * hold only the requirements not filed yet (requirement r at r - filedCount), so they are
         * reused level after level instead of growing with the whole run.
         */
        private int requirementCount;
        private int[] requirementComponent;
        private int[] requirementPeriod;
        private int[] requirementParentOrder;
        private double[] requirementQuantity;
        private int filedCount;
        private int[] filedRequirement = new int[0];
        private int[] filedPeriod = new int[0];
        private int[] filedSource = new int[0];
        private double[] filedQuantity = new double[0];
        private final java.util.List<int[]> batchStart = new java.util.ArrayList<>();

        /** Pegs in order-index order; a source code is demandLine*2 or parentOrder*2+1. */
        private int pegCount;
        private int[] pegOrder;
        private int[] pegSource;
        private double[] pegQuantity;
        /** Scratch for pegging one item, reused across items. */
        private final int[] requirementsOf;
        private final int[] periodCounts;
        private int[] mergedPeriod = new int[64];
        private int[] mergedSource = new int[64];
        private double[] mergedQuantity = new double[64];
        private int[] sortedSource = new int[64];
        private double[] sortedQuantity = new double[64];

        Run(int itemCount, int periods) {
            this.periods = periods;
            requirementsOf = new int[itemCount];
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
            requirementComponent = new int[expected];
            requirementPeriod = new int[expected];
            requirementParentOrder = new int[expected];
            requirementQuantity = new double[expected];
            pegOrder = new int[2 * expected];
            pegSource = new int[2 * expected];
            pegQuantity = new double[2 * expected];
        }

        /** The item's planned orders: one in each period with a planned order receipt. */
        int addPlannedOrders(int item, double[] receipts, int leadTime) {
            int first = orderCount;
            if (orderCount + periods > orderItem.length) {
                int capacity = Math.max(orderItem.length * 2, orderCount + periods);
                orderItem = Arrays.copyOf(orderItem, capacity);
                orderReceipt = Arrays.copyOf(orderReceipt, capacity);
                orderRelease = Arrays.copyOf(orderRelease, capacity);
                orderQuantity = Arrays.copyOf(orderQuantity, capacity);
            }
            for (int t = 0; t < periods; t++) {
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

        /** Each of the item's planned orders needs perParentUnit x its quantity of the component at its release. */
        void explode(int firstOrder, int component, double perParentUnit, double[] gross) {
            int needed = requirementCount - filedCount + orderCount - firstOrder;
            if (needed > requirementComponent.length) {
                int capacity = Math.max(requirementComponent.length * 2, needed);
                requirementComponent = Arrays.copyOf(requirementComponent, capacity);
                requirementPeriod = Arrays.copyOf(requirementPeriod, capacity);
                requirementParentOrder = Arrays.copyOf(requirementParentOrder, capacity);
                requirementQuantity = Arrays.copyOf(requirementQuantity, capacity);
            }
            int componentGross = component * periods;
            int count = requirementCount - filedCount;
            for (int o = firstOrder; o < orderCount; o++) {
                double quantity = orderQuantity[o] * perParentUnit;
                if (quantity <= 0) {
                    continue;
                }
                int release = orderRelease[o];
                gross[componentGross + release] += quantity;
                requirementPeriod[count] = release;
                requirementParentOrder[count] = o;
                requirementQuantity[count] = quantity;
                requirementComponent[count++] = component;
            }
            int added = count - (requirementCount - filedCount);
            requirementsOf[component] += added;
            requirementCount += added;
        }

        /** Files the requirements created since the last call by component (see the field comment). */
        void fileRequirements() {
            int from = filedCount;
            int to = requirementCount;
            if (from == to) {
                return;
            }
            if (filedRequirement.length < to) {
                int capacity = Math.max(Math.max(filedRequirement.length * 2, to), 2 * orderItem.length);
                filedRequirement = Arrays.copyOf(filedRequirement, capacity);
                filedPeriod = Arrays.copyOf(filedPeriod, capacity);
                filedSource = Arrays.copyOf(filedSource, capacity);
                filedQuantity = Arrays.copyOf(filedQuantity, capacity);
            }
            int itemCount = requirementsOf.length;
            int[] start = new int[itemCount + 1];
            for (int b = 0; b < to - from; b++) {
                start[requirementComponent[b] + 1]++;
            }
            start[0] = from;
            for (int i = 0; i < itemCount; i++) {
                start[i + 1] += start[i];
            }
            int[] next = Arrays.copyOf(start, itemCount);
            for (int b = 0; b < to - from; b++) {
                int position = next[requirementComponent[b]]++;
                filedRequirement[position] = from + b;
                filedPeriod[position] = requirementPeriod[b];
                filedSource[position] = requirementParentOrder[b] * 2 + 1;
                filedQuantity[position] = requirementQuantity[b];
            }
            batchStart.add(start);
            filedCount = to;
        }

        /**
         * First-in first-out pegging: supplies (on hand, then per period scheduled receipts and planned
         * orders) are consumed by requirements in period order. Safety stock and any backlog are
         * served first and pegged to nothing; supply left at the end is surplus from lot sizing.
         *
         * <p>Requirements are taken in the order of (period, code), code being demandLine*2 for
         * independent demand and requirement*2+1 for dependent demand: the item's demand lines and its
         * requirement list are each already in code order, so they are merged and then counting-sorted
         * (stably) by period — the same order as sorting the (period, code) keys, in linear time.
         */
        void peg(int item, PlanningItem planning, double[] scheduled, double[] planned, int firstOrder,
                 IndependentDemand demand, int[] demandStart, int[] demandLines) {
            int demandCount = demandStart[item + 1] - demandStart[item];
            int requirements = requirementsOf[item];
            int keyCount = demandCount + requirements;
            if (keyCount == 0 || itemOrderCount[item] == 0) {
                return;
            }
            if (mergedPeriod.length < keyCount) {
                int capacity = Math.max(keyCount, mergedPeriod.length * 2);
                mergedPeriod = new int[capacity];
                mergedSource = new int[capacity];
                mergedQuantity = new double[capacity];
                sortedSource = new int[capacity];
                sortedQuantity = new double[capacity];
            }
            int[] counts = periodCounts;
            Arrays.fill(counts, 0);
            if (demandCount == 0) {
                sortRequirementsOnly(item, counts);
            } else {
                mergeAndSort(item, keyCount, demand, demandStart, demandLines, counts);
            }

            double supplyLeft = Math.max(0, planning.onHand());
            int supplyOrder = -1;
            int supplyPeriod = -1;
            boolean scheduledNext = true;
            int nextOrder = firstOrder;
            double unpegged = planning.safetyStock() + Math.max(0, -planning.onHand());
            for (int key = -1; key < keyCount; key++) {
                int source = -1;
                double need = unpegged;
                if (key >= 0) {
                    need = sortedQuantity[key];
                    source = sortedSource[key];
                }
                while (need > EPSILON) {
                    while (supplyLeft <= EPSILON) {
                        if (scheduledNext) {
                            if (++supplyPeriod == periods) {
                                return;
                            }
                            supplyLeft = scheduled[supplyPeriod];
                            supplyOrder = -1;
                        } else {
                            supplyLeft = planned[supplyPeriod];
                            supplyOrder = supplyLeft > 0 ? nextOrder++ : -1;
                        }
                        scheduledNext = !scheduledNext;
                    }
                    double used = Math.min(need, supplyLeft);
                    if (supplyOrder >= 0 && source >= 0) {
                        addPeg(supplyOrder, source, used);
                    }
                    need -= used;
                    supplyLeft -= used;
                }
            }
        }

        /** The item's filed requirements (no independent demand) counting-sorted by period. */
        private void sortRequirementsOnly(int item, int[] counts) {
            int batches = batchStart.size();
            for (int b = 0; b < batches; b++) {
                int[] start = batchStart.get(b);
                for (int q = start[item]; q < start[item + 1]; q++) {
                    counts[filedPeriod[q] + 1]++;
                }
            }
            for (int t = 0; t < periods; t++) {
                counts[t + 1] += counts[t];
            }
            for (int b = 0; b < batches; b++) {
                int[] start = batchStart.get(b);
                for (int q = start[item]; q < start[item + 1]; q++) {
                    int position = counts[filedPeriod[q]]++;
                    sortedSource[position] = filedSource[q];
                    sortedQuantity[position] = filedQuantity[q];
                }
            }
        }

        /** Demand lines and filed requirements merged in code order, then counting-sorted by period. */
        private void mergeAndSort(int item, int keyCount, IndependentDemand demand, int[] demandStart,
                                  int[] demandLines, int[] counts) {
            // the item's filed requirements, batch by batch: ascending requirement numbers
            int batch = 0;
            int q = 0;
            int qEnd = 0;
            int[] demandItemPeriod = demand.period();
            double[] demandQuantity = demand.quantity();
            int d = demandStart[item];
            int dEnd = demandStart[item + 1];
            for (int k = 0; k < keyCount; k++) {
                while (q == qEnd && batch < batchStart.size()) {
                    int[] start = batchStart.get(batch++);
                    q = start[item];
                    qEnd = start[item + 1];
                }
                // demand line l (code 2l) comes before requirement r (code 2r+1) exactly when l <= r
                if (d < dEnd && (q == qEnd || demandLines[d] <= filedRequirement[q])) {
                    int line = demandLines[d++];
                    mergedPeriod[k] = demandItemPeriod[line];
                    mergedSource[k] = line * 2;
                    mergedQuantity[k] = demandQuantity[line];
                } else {
                    mergedPeriod[k] = filedPeriod[q];
                    mergedSource[k] = filedSource[q];
                    mergedQuantity[k] = filedQuantity[q++];
                }
                counts[mergedPeriod[k] + 1]++;
            }
            for (int t = 0; t < periods; t++) {
                counts[t + 1] += counts[t];
            }
            for (int k = 0; k < keyCount; k++) {
                int position = counts[mergedPeriod[k]]++;
                sortedSource[position] = mergedSource[k];
                sortedQuantity[position] = mergedQuantity[k];
            }
        }

        private void addPeg(int order, int source, double quantity) {
            if (pegCount == pegOrder.length) {
                int capacity = pegCount * 2;
                pegOrder = Arrays.copyOf(pegOrder, capacity);
                pegSource = Arrays.copyOf(pegSource, capacity);
                pegQuantity = Arrays.copyOf(pegQuantity, capacity);
            }
            pegOrder[pegCount] = order;
            pegSource[pegCount] = source;
            pegQuantity[pegCount] = quantity;
            pegCount++;
        }

        MultiLevelMrpResult result(int[] lowLevelCode, PlanningItem[] items, double[] gross) {
            // pegs were appended item by item in supply order, hence already grouped by planned order
            int[] pegStart = new int[orderCount + 1];
            for (int p = 0; p < pegCount; p++) {
                pegStart[pegOrder[p] + 1]++;
            }
            for (int o = 0; o < orderCount; o++) {
                pegStart[o + 1] += pegStart[o];
            }
            // the growing arrays are handed over as they are: the result reads only the first counts
            Records records = new Records(periods, items.clone(), gross, orderReceipt, orderQuantity, itemFirstOrder,
                    itemOrderCount);
            return new MultiLevelMrpResult(lowLevelCode, records, orderCount, orderItem, orderReceipt, orderRelease,
                    orderQuantity, itemFirstOrder, itemOrderCount, pegStart, pegSource, pegQuantity);
        }
    }

    /**
     * Each item's record, derived on request from what the run keeps: its gross requirements and its
     * planned orders. Holding every record of a large run would be most of what it allocates.
     */
    private record Records(int periods, PlanningItem[] items, double[] gross, int[] orderReceipt,
                           double[] orderQuantity, int[] itemFirstOrder, int[] itemOrderCount)
            implements IntFunction<MrpRecord> {

        @Override
        public MrpRecord apply(int item) {
            PlanningItem planning = items[item];
            double[] open = planning.scheduledReceipts();
            double[] scheduled = open.length == 0 ? new double[periods] : open.clone();
            double[] receipts = new double[periods];
            for (int o = itemFirstOrder[item]; o < itemFirstOrder[item] + itemOrderCount[item]; o++) {
                receipts[orderReceipt[o]] = orderQuantity[o];
            }
            double[] itemGross = Arrays.copyOfRange(gross, item * periods, (item + 1) * periods);
            return MrpCalculator.record(planning, itemGross, scheduled, receipts);
        }
    }
}
