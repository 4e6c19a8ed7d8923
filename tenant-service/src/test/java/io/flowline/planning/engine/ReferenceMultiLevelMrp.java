package io.flowline.planning.engine;

import java.util.Arrays;

/*
 * Reference for the optimised engine: MultiLevelMrp as it was before the performance work (commit
 * 2b7601f), kept verbatim apart from its name. Straightforward by design; EngineEquivalenceTest
 * checks that the optimised engine gives bit-for-bit the same records, planned orders and pegs.
 */
/**
 * Multi-level MRP: items are planned level by level in low-level-code order, so an item is netted
 * only after every parent has exploded its planned order releases into the item's gross requirements.
 *
 * <p>Built for tens of thousands of items: the bill of materials is held in compressed (CSR)
 * adjacency, quantities in primitive arrays, and pegging as index arrays.
 */
final class ReferenceMultiLevelMrp {

    private static final double EPSILON = 1e-9;

    private ReferenceMultiLevelMrp() {
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

        double[][] gross = new double[itemCount][periods];
        for (int l = 0; l < demand.lines(); l++) {
            gross[demand.item()[l]][demand.period()[l]] += demand.quantity()[l];
        }

        Run run = new Run(itemCount, periods);
        MrpRecord[] records = new MrpRecord[itemCount];
        for (int item : levelOrder(lowLevelCode)) {
            MrpRecord record = ReferenceMrpCalculator.calculate(items[item], gross[item]);
            records[item] = record;
            int firstOrder = run.addPlannedOrders(item, record, items[item].leadTime());
            run.peg(item, items[item], record, firstOrder, demand, demandStart, demandLines);
            for (int c = childStart[item]; c < childStart[item + 1]; c++) {
                int line = childLines[c];
                run.explode(firstOrder, bom.component()[line], bom.requirementPerParentUnit(line), gross);
            }
        }
        return run.result(lowLevelCode, records);
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
        private int[] orderItem = new int[1024];
        private int[] orderReceipt = new int[1024];
        private int[] orderRelease = new int[1024];
        private double[] orderQuantity = new double[1024];
        private final int[] itemFirstOrder;
        private final int[] itemOrderCount;

        /** Dependent requirements, a linked list per component (head, next) so no per-item lists are allocated. */
        private int requirementCount;
        private final int[] firstRequirement;
        private int[] nextRequirement = new int[1024];
        private int[] requirementPeriod = new int[1024];
        private int[] requirementParentOrder = new int[1024];
        private double[] requirementQuantity = new double[1024];

        /** Pegs in order-index order; a source code is demandLine*2 or parentOrder*2+1. */
        private int pegCount;
        private int[] pegOrder = new int[1024];
        private int[] pegSource = new int[1024];
        private double[] pegQuantity = new double[1024];
        private long[] sortKeys = new long[64];

        Run(int itemCount, int periods) {
            this.periods = periods;
            itemFirstOrder = new int[itemCount];
            itemOrderCount = new int[itemCount];
            firstRequirement = new int[itemCount];
            Arrays.fill(firstRequirement, -1);
        }

        int addPlannedOrders(int item, MrpRecord record, int leadTime) {
            int first = orderCount;
            double[] receipts = record.plannedOrderReceipts();
            for (int t = 0; t < periods; t++) {
                if (receipts[t] > 0) {
                    if (orderCount == orderItem.length) {
                        int capacity = orderCount * 2;
                        orderItem = Arrays.copyOf(orderItem, capacity);
                        orderReceipt = Arrays.copyOf(orderReceipt, capacity);
                        orderRelease = Arrays.copyOf(orderRelease, capacity);
                        orderQuantity = Arrays.copyOf(orderQuantity, capacity);
                    }
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
        void explode(int firstOrder, int component, double perParentUnit, double[][] gross) {
            for (int o = firstOrder; o < orderCount; o++) {
                double quantity = orderQuantity[o] * perParentUnit;
                if (quantity <= 0) {
                    continue;
                }
                gross[component][orderRelease[o]] += quantity;
                if (requirementCount == nextRequirement.length) {
                    int capacity = requirementCount * 2;
                    nextRequirement = Arrays.copyOf(nextRequirement, capacity);
                    requirementPeriod = Arrays.copyOf(requirementPeriod, capacity);
                    requirementParentOrder = Arrays.copyOf(requirementParentOrder, capacity);
                    requirementQuantity = Arrays.copyOf(requirementQuantity, capacity);
                }
                requirementPeriod[requirementCount] = orderRelease[o];
                requirementParentOrder[requirementCount] = o;
                requirementQuantity[requirementCount] = quantity;
                nextRequirement[requirementCount] = firstRequirement[component];
                firstRequirement[component] = requirementCount++;
            }
        }

        /**
         * First-in first-out pegging: supplies (on hand, then per period scheduled receipts and planned
         * orders) are consumed by requirements in period order. Safety stock and any backlog are
         * served first and pegged to nothing; supply left at the end is surplus from lot sizing.
         */
        void peg(int item, PlanningItem planning, MrpRecord record, int firstOrder,
                 IndependentDemand demand, int[] demandStart, int[] demandLines) {
            int keyCount = 0;
            int demandCount = demandStart[item + 1] - demandStart[item];
            for (int r = firstRequirement[item]; r >= 0; r = nextRequirement[r]) {
                keyCount++;
            }
            keyCount += demandCount;
            if (keyCount == 0 || itemOrderCount[item] == 0) {
                return;
            }
            if (sortKeys.length < keyCount) {
                sortKeys = new long[Math.max(keyCount, sortKeys.length * 2)];
            }
            int k = 0;
            for (int d = demandStart[item]; d < demandStart[item + 1]; d++) {
                int line = demandLines[d];
                sortKeys[k++] = ((long) demand.period()[line] << 32) | ((long) line << 1);
            }
            for (int r = firstRequirement[item]; r >= 0; r = nextRequirement[r]) {
                sortKeys[k++] = ((long) requirementPeriod[r] << 32) | ((long) r << 1) | 1;
            }
            Arrays.sort(sortKeys, 0, keyCount);

            double[] scheduled = record.scheduledReceipts();
            double[] planned = record.plannedOrderReceipts();
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
                    int code = (int) sortKeys[key];
                    int index = code >>> 1;
                    boolean dependent = (code & 1) == 1;
                    need = dependent ? requirementQuantity[index] : demand.quantity()[index];
                    source = dependent ? requirementParentOrder[index] * 2 + 1 : index * 2;
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

        MultiLevelMrpResult result(int[] lowLevelCode, MrpRecord[] records) {
            // pegs were appended item by item in supply order, hence already grouped by planned order
            int[] pegStart = new int[orderCount + 1];
            for (int p = 0; p < pegCount; p++) {
                pegStart[pegOrder[p] + 1]++;
            }
            for (int o = 0; o < orderCount; o++) {
                pegStart[o + 1] += pegStart[o];
            }
            return new MultiLevelMrpResult(lowLevelCode, item -> records[item], orderCount,
                    Arrays.copyOf(orderItem, orderCount), Arrays.copyOf(orderReceipt, orderCount),
                    Arrays.copyOf(orderRelease, orderCount), Arrays.copyOf(orderQuantity, orderCount),
                    itemFirstOrder, itemOrderCount, pegStart,
                    Arrays.copyOf(pegSource, pegCount), Arrays.copyOf(pegQuantity, pegCount));
        }
    }
}
